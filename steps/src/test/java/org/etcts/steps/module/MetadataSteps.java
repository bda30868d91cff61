package org.etcts.steps.module;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.etcts.executorch.DataType;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.MethodMetadata;
import org.etcts.executorch.TensorMetadata;
import org.etcts.executorch.Value;
import org.etcts.steps.Literals;
import org.etcts.steps.RuntimeNames;
import org.etcts.steps.ScenarioState;

/** Steps that read a method's metadata (methodMetadata) and check what it reports. */
public final class MetadataSteps {

    private final ScenarioState state;
    private MethodMetadata metadata;

    /** Picocontainer injects the scenario's state. */
    public MetadataSteps(ScenarioState state) {
        this.state = state;
    }

    @When("I read the metadata of the method {string}")
    public void iReadTheMetadataOfTheMethod(String method) throws ExecuTorchException {
        metadata = state.module().methodMetadata(method);
        state.attach(metadata.toString(), "text/plain", "methodMetadata(\"" + method + "\")");
    }

    @When("I try to read the metadata of the method {string}")
    public void iTryToReadTheMetadataOfTheMethod(String method) {
        // A failed attempt leaves no metadata behind: later steps must not read an earlier method's.
        metadata = null;
        state.attempt(() -> metadata = state.module().methodMetadata(method));
    }

    @Then("the metadata names the method {string}")
    public void theMetadataNamesTheMethod(String name) {
        assertThat(metadata().name()).as("name").isEqualTo(name);
    }

    @Then("the metadata's input value tags are {string}")
    public void theInputValueTagsAre(String tags) {
        assertThat(metadata().inputValueTags()).as("inputValueTags").isEqualTo(tags(tags));
    }

    @Then("the metadata's output value tags are {string}")
    public void theOutputValueTagsAre(String tags) {
        assertThat(metadata().outputValueTags()).as("outputValueTags").isEqualTo(tags(tags));
    }

    @Then("the metadata describes tensors for the inputs {string} and the outputs {string} only")
    public void theMetadataDescribesTensorsFor(String inputs, String outputs) {
        assertThat(metadata().inputTensorMetadata().keySet()).as("indices of inputTensorMetadata")
                .containsExactlyInAnyOrderElementsOf(indices(inputs));
        assertThat(metadata().outputTensorMetadata().keySet()).as("indices of outputTensorMetadata")
                .containsExactlyInAnyOrderElementsOf(indices(outputs));
    }

    /**
     * Rows: {@code tensor} ("input 0", "output 0"), {@code shape}, {@code dimension order},
     * {@code data type}, {@code bytes} (the data's size), {@code memory planned} (yes/no) and {@code name};
     * empty cells are not checked.
     */
    @Then("the metadata describes these tensors:")
    public void theMetadataDescribesTheseTensors(DataTable table) {
        for (Map<String, String> row : table.asMaps()) {
            String[] which = row.get("tensor").trim().split("\\s+");
            assertThat(which).as("tensor cell '%s' (input N or output N)", row.get("tensor")).hasSize(2);
            assertThat(which[0]).as("tensor cell '%s'", row.get("tensor")).isIn("input", "output");
            int index = Integer.parseInt(which[1]);
            Map<Integer, TensorMetadata> side = which[0].equals("input") ? metadata().inputTensorMetadata()
                    : metadata().outputTensorMetadata();
            TensorMetadata tensor = side.get(index);
            assertThat(tensor).as("metadata of %s", row.get("tensor")).isNotNull();
            if (present(row, "shape")) {
                assertThat(tensor.shape()).as("shape of %s", row.get("tensor")).containsExactly(boxed(Literals.longs(row.get("shape"))));
            }
            if (present(row, "dimension order")) {
                assertThat(tensor.dimensionOrder().stream().map(Integer::longValue).toList()).as("dimensionOrder of %s", row.get("tensor"))
                        .containsExactly(boxed(Literals.longs(row.get("dimension order"))));
            }
            if (present(row, "data type")) {
                assertThat(tensor.dataType()).as("dataType of %s", row.get("tensor")).isEqualTo(RuntimeNames.parse(DataType.class, row.get("data type")));
            }
            if (present(row, "bytes")) {
                assertThat(tensor.byteCount()).as("byteCount of %s", row.get("tensor")).isEqualTo(Long.parseLong(row.get("bytes").trim()));
            }
            if (present(row, "memory planned")) {
                String planned = row.get("memory planned").trim();
                assertThat(planned).as("memory planned cell of %s (yes or no)", row.get("tensor")).isIn("yes", "no");
                assertThat(tensor.isMemoryPlanned()).as("isMemoryPlanned of %s", row.get("tensor"))
                        .isEqualTo(planned.equals("yes"));
            }
            if (row.containsKey("name")) {
                assertThat(tensor.name()).as("name of %s", row.get("tensor")).isEqualTo(row.get("name") == null ? "" : row.get("name"));
            }
        }
    }

    @Then("the metadata has no attribute tensors")
    public void theMetadataHasNoAttributeTensors() {
        assertThat(metadata().attributeTensorMetadata()).as("attributeTensorMetadata").isEmpty();
    }

    @Then("the metadata's memory-planned buffer sizes are {string}")
    public void theMemoryPlannedBufferSizesAre(String sizes) {
        assertThat(metadata().memoryPlannedBufferSizes()).as("memoryPlannedBufferSizes").isEqualTo(indices(sizes).stream()
                .map(Integer::longValue).toList());
    }

    @Then("the metadata names no backends")
    public void theMetadataNamesNoBackends() {
        assertThat(metadata().backendNames()).as("backendNames").isEmpty();
    }

    @Then("the metadata names the backends {string}")
    public void theMetadataNamesTheBackends(String backends) {
        assertThat(metadata().backendNames()).as("backendNames").isEqualTo(List.of(backends.split("\\s*,\\s*")));
    }

    @Then("the metadata's instruction count is {int}")
    public void theInstructionCountIs(int count) {
        assertThat(metadata().instructionCount()).as("instructionCount").isEqualTo(count);
    }

    private MethodMetadata metadata() {
        assertThat(metadata).as("a step reading the metadata must come first").isNotNull();
        return metadata;
    }

    private static boolean present(Map<String, String> row, String column) {
        return row.get(column) != null && !row.get(column).isBlank();
    }

    private static List<Value.Tag> tags(String commaSeparated) {
        List<Value.Tag> tags = new ArrayList<>();
        for (String tag : commaSeparated.split("\\s*,\\s*")) {
            if (!tag.isBlank()) {
                tags.add(RuntimeNames.parse(Value.Tag.class, tag));
            }
        }
        return tags;
    }

    private static List<Integer> indices(String commaSeparated) {
        List<Integer> list = new ArrayList<>();
        for (String part : commaSeparated.split("\\s*,\\s*")) {
            if (!part.isBlank()) {
                list.add(Integer.parseInt(part));
            }
        }
        return list;
    }

    private static Long[] boxed(long[] values) {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
