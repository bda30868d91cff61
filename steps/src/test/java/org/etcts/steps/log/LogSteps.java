package org.etcts.steps.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.lang.ref.WeakReference;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.etcts.executorch.ExecuTorchException;
import org.etcts.executorch.Log;
import org.etcts.executorch.LogLevel;
import org.etcts.executorch.LogMessage;
import org.etcts.executorch.LogSink;
import org.etcts.executorch.Module;
import org.etcts.executorch.Tensor;
import org.etcts.results.ResultClass;
import org.etcts.steps.ScenarioState;
import org.etcts.steps.isolation.CaseOutcome;
import org.etcts.steps.isolation.ChildJvm;
import org.etcts.steps.isolation.SharedChildJvm;

/**
 * Steps of the logging feature: sinks on the shared log, runtime calls that make the runtime log, and
 * what the sinks (or the runtime's standard error) received.
 */
public final class LogSteps {

    /** The default emitter's line: {@code E 00:00:01.234567 executorch:program.cpp:67] text}. */
    private static final Pattern STDERR_LINE = Pattern.compile(
            "(?m)^([DIEF?]) (\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{6}) executorch:([^:/\\s]+):(\\d+)\\] (.*)$");

    private final LogState log;
    private final ScenarioState state;
    private CaseOutcome childOutcome;
    /** The fresh child's run of {@code first-xnnpack-forward}, once per JVM. */
    private static CaseOutcome firstXnnpackForward;
    private Object singleton;

    /** Picocontainer injects the scenario's states. */
    public LogSteps(LogState log, ScenarioState state) {
        this.log = log;
        this.state = state;
    }

    /** The shared log outlives the scenario: take the scenario's sinks off it and show what they got. */
    @After
    public void removeSinks() {
        log.sinks().forEach((name, sink) -> {
            if (sink.count() > 0) {
                state.attach(sink.messages().stream().map(LogMessage::toString).collect(Collectors.joining("\n")),
                        "text/plain", "messages received by sink '" + name + "'");
            }
        });
        log.removeAll();
    }

    // ------------------------------------------------------------------ the shared log

    @When("I ask for the shared log twice")
    public void iAskForTheSharedLogTwice() {
        singleton = Log.shared();
        assertThat(Log.shared()).as("the second Log.shared()").isSameAs(singleton);
    }

    @Then("both answers are the same instance")
    public void bothAnswersAreTheSameInstance() {
        assertThat(singleton).isNotNull().isSameAs(Log.shared());
    }

    @Then("the log cannot be constructed")
    public void theLogCannotBeConstructed() {
        assertThat(Log.class.getConstructors()).as("public constructors of the log").isEmpty();
        assertThat(Modifier.isFinal(Log.class.getModifiers())).as("the log class cannot be subclassed to construct one").isTrue();
    }

    @Then("the log level {logLevel} has the raw value {int}, the character {string}")
    public void theLogLevelHasTheRawValue(LogLevel level, int raw, String letter) {
        assertThat(level.number()).as("raw value of %s", level).isEqualTo(raw);
        assertThat(String.valueOf(level.code())).as("character of %s", level).isEqualTo(letter);
        assertThat(LogLevel.fromNumber(letter.charAt(0))).as("level of '%s'", letter).isEqualTo(level);
    }

    // ------------------------------------------------------------------ sinks

    @Given("a log sink {string} is added to the shared log")
    public void aLogSinkIsAdded(String name) {
        Log.shared().addSink(log.sink(name));
    }

    @Given("a log sink {string} is added to the shared log, ignoring its replay")
    public void aLogSinkIsAddedIgnoringItsReplay(String name) {
        RecordingSink sink = log.sink(name);
        Log.shared().addSink(sink);
        sink.clear();
    }

    @When("the sink {string} is added to the shared log again")
    public void theSinkIsAddedAgain(String name) {
        Log.shared().addSink(log.sink(name));
    }

    @When("the sink {string} is removed from the shared log")
    public void theSinkIsRemoved(String name) {
        assertThat(Log.shared().removeSink(log.sink(name))).as("remove(sink:) of a registered sink").isTrue();
        // Removal is asynchronous in the reference: let pending work drain before checking.
        Log.shared().flush();
    }

    @Given("a log sink that only the shared log references")
    public void aLogSinkThatOnlyTheSharedLogReferences() {
        // A sink object of its own (not a recording sink the state keeps): only its counter stays reachable.
        java.util.concurrent.atomic.AtomicInteger calls = log.releasedSinkCalls;
        LogSink sink = message -> calls.incrementAndGet();
        Log.shared().addSink(sink);
        calls.set(0);
        log.releasedSink = new WeakReference<>(sink);
    }

    @When("its owner lets go of it without removing it and it is garbage collected")
    public void itsOwnerLetsGoOfIt() throws InterruptedException {
        for (int i = 0; i < 100 && log.releasedSink.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(log.releasedSink.get()).as("the released sink: the shared log must hold sinks weakly and not keep it alive").isNull();
    }

    @Then("the released sink was never called again")
    public void theReleasedSinkWasNeverCalledAgain() {
        assertThat(log.releasedSinkCalls.get()).as("calls of the released sink").isZero();
    }

    // ------------------------------------------------------------------ runtime calls that log

    @When("loading the method {string} of the fixture {string} fails")
    public void loadingTheMethodFails(String method, String fixture) {
        failLoad(fixture, method);
    }

    @When("loading the missing methods {string} of the fixture {string} fails {int} times")
    public void loadingTheMissingMethodsFailsTimes(String pattern, String fixture, int times) {
        try (Module module = new Module(state.fixtures.modelFile(fixture).toString())) {
            for (int i = 1; i <= times; i++) {
                String method = String.format(pattern, i);
                try {
                    module.load(method);
                    throw new AssertionError("load(\"" + method + "\") succeeded on " + fixture);
                } catch (ExecuTorchException expected) {
                    // Each failure logs one message.
                }
            }
        }
    }

    @When("loading a method whose name is {int} characters long fails on the fixture {string}")
    public void loadingALongMethodNameFails(int length, String fixture) {
        failLoad(fixture, "x".repeat(length));
    }

    @When("forward runs on the fixture {string}")
    public void forwardRunsOnTheFixture(String fixture) throws ExecuTorchException {
        try (Module module = new Module(state.fixtures.modelFile(fixture).toString());
                Tensor x = Tensor.of(new float[] {1f});
                Tensor y = Tensor.of(new float[] {1f})) {
            module.forward(x, y).forEach(v -> v.tensor().ifPresent(Tensor::close));
        }
        Log.shared().flush();
    }

    @When("{int} threads each fail to load the method {string} of the fixture {string}")
    public void threadsEachFailToLoad(int threads, String method, String fixture) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                done.add(pool.submit(() -> {
                    failLoad(fixture, method);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Log.shared().flush();
    }

    @When("a child process fails to load the method \"backward\" of the fixture \"add.pte\"")
    public void aChildProcessFailsToLoadBackward() {
        childOutcome = SharedChildJvm.ofDefaultLibrary().run(LogChildTask.class, "load-backward", Duration.ofMinutes(2));
        state.attach(childOutcome.childStderr(), "text/plain", "standard error of the child");
        if (childOutcome.status() == CaseOutcome.Status.CRASH) {
            throw new AssertionError(ResultClass.CRASH_MARKER + childOutcome.message());
        }
        assertThat(childOutcome.status()).as("child: %s", childOutcome.message()).isEqualTo(CaseOutcome.Status.PASS);
    }

    @When("a child process with a log sink loads forward of the fixture \"add_xnnpack.pte\", its first use of the thread pool")
    public void aChildProcessLoadsXnnpackForward() {
        // The process's first use of the thread pool needs a process of its own; the scenarios that read it share the one run.
        synchronized (LogSteps.class) {
            if (firstXnnpackForward == null) {
                firstXnnpackForward = new ChildJvm(Duration.ofMinutes(2)).runAll(LogChildTask.class, List.of("first-xnnpack-forward"))
                        .get("first-xnnpack-forward");
            }
        }
        childOutcome = firstXnnpackForward;
        state.attach(childOutcome.message(), "text/plain", "messages the child's sink received (level, file, line, text)");
        if (childOutcome.status() == CaseOutcome.Status.CRASH) {
            throw new AssertionError(ResultClass.CRASH_MARKER + childOutcome.message());
        }
        assertThat(childOutcome.status()).as("child: %s", childOutcome.message()).isEqualTo(CaseOutcome.Status.PASS);
    }

    @Then("every message of the child's sink from the file {string} has the level {logLevel}, and there is at least one")
    public void everyChildMessageFromTheFileHasTheLevel(String file, LogLevel level) {
        List<String[]> fromFile = childMessages().stream().filter(m -> m[1].equals(file)).toList();
        assertThat(fromFile).as("messages from %s the child's sink received (all: %s)", file, childOutcome.message()).isNotEmpty();
        fromFile.forEach(m -> assertThat(m[0]).as("level of '%s' (%s:%s)", m[3], m[1], m[2]).isEqualTo(level.name()));
    }

    @Then("the child's sink received at least one {logLevel}-level message, with a file base name, a positive line and a text")
    public void theChildsSinkReceivedAMessageOfLevel(LogLevel level) {
        List<String[]> atLevel = childMessages().stream().filter(m -> m[0].equals(level.name())).toList();
        assertThat(atLevel).as("%s-level messages the child's sink received (all: %s)", level, childOutcome.message()).isNotEmpty();
        for (String[] m : atLevel) {
            assertThat(m[1]).as("file of '%s'", m[3]).isNotBlank().doesNotContain("/");
            assertThat(Long.parseLong(m[2])).as("line of '%s'", m[3]).isPositive();
            assertThat(m[3]).as("text of a message from %s:%s", m[1], m[2]).isNotBlank();
        }
    }

    /** The child's messages as {level, file, line, text}. */
    private List<String[]> childMessages() {
        assertThat(childOutcome).as("a child process ran before this step").isNotNull();
        return childOutcome.message().lines().filter(l -> !l.isBlank()).map(l -> l.split("\t", 4)).toList();
    }

    private void failLoad(String fixture, String method) {
        try (Module module = new Module(state.fixtures.modelFile(fixture).toString())) {
            module.load(method);
            throw new AssertionError("load(\"" + method + "\") succeeded on " + fixture);
        } catch (ExecuTorchException expected) {
            // Snapshot the sinks the moment the failing call has returned: delivery must already be done.
            Map<String, Integer> counts = new LinkedHashMap<>();
            log.sinks().forEach((name, sink) -> counts.put(name, sink.count()));
            synchronized (log) {
                log.countsWhenCallReturned = counts;
                log.callingThread = Thread.currentThread().getName();
            }
            state.failed(expected);
        }
    }

    // ------------------------------------------------------------------ what the sinks received

    @Then("the sink {string} received {int} {logLevel}-level message(s) containing {string}")
    public void theSinkReceivedMessagesContaining(String name, int count, LogLevel level, String text) {
        List<LogMessage> hits = log.sink(name).containing(text);
        assertThat(hits).as("messages containing \"%s\" received by sink '%s' (all: %s)", text, name, log.sink(name).messages()).hasSize(count);
        hits.forEach(m -> assertThat(m.level()).as("level of: %s", m).isEqualTo(level));
    }

    @Then("the sink {string} received no message containing {string}")
    public void theSinkReceivedNoMessageContaining(String name, String text) {
        assertThat(log.sink(name).containing(text)).as("messages containing \"%s\" received by sink '%s'", text, name).isEmpty();
    }

    @Then("the sink {string} received no {logLevel}-level message")
    public void theSinkReceivedNoLevelMessage(String name, LogLevel level) {
        assertThat(log.sink(name).messages()).as("messages received by sink '%s'", name).noneMatch(m -> m.level() == level);
    }

    @Then("the sink {string} received a {logLevel}-level message containing {string}")
    public void theSinkReceivedALevelMessageContaining(String name, LogLevel level, String text) {
        assertThat(log.sink(name).messages()).as("messages received by sink '%s'", name)
                .anyMatch(m -> m.level() == level && m.text().contains(text));
    }

    @Then("the sink {string} received no message at all")
    public void theSinkReceivedNoMessageAtAll(String name) {
        Log.shared().flush();
        assertThat(log.sink(name).messages()).as("messages received by sink '%s'", name).isEmpty();
    }

    @Then("the message containing {string} came from the file {string} at a positive line")
    public void theMessageCameFromTheFile(String text, String file) {
        LogMessage message = onlyMessage(text);
        assertThat(message.fileName()).as("file of: %s", message).isEqualTo(file);
        assertThat(message.line()).as("line of: %s", message).isPositive();
    }

    @Then("the message containing {string} carries a level, a timestamp, a file base name, a line and its text")
    public void theMessageCarriesEveryField(String text) {
        LogMessage message = onlyMessage(text);
        assertThat(message.level()).as("level").isNotEqualTo(LogLevel.UNKNOWN);
        assertThat(message.timestamp()).as("timestamp in seconds").isGreaterThanOrEqualTo(0.0);
        assertThat(message.fileName()).as("file name: a base name, no directories").isNotEmpty().doesNotContain("/").doesNotContain("\\");
        assertThat(message.line()).as("line").isPositive();
        assertThat(message.text()).as("text").contains(text);
    }

    @Then("the timestamps of the sink {string}'s messages are fractional seconds >= 0 that never decrease")
    public void theTimestampsNeverDecrease(String name) {
        List<LogMessage> messages = log.sink(name).messages();
        assertThat(messages).as("messages of sink '%s'", name).hasSizeGreaterThanOrEqualTo(2);
        double previous = -1;
        for (LogMessage m : messages) {
            assertThat(m.timestamp()).as("timestamp of: %s", m).isGreaterThanOrEqualTo(0.0).isGreaterThanOrEqualTo(previous);
            // Seconds, not ticks or nanoseconds: this process has not run for days.
            assertThat(m.timestamp()).as("timestamp of %s, in seconds since the runtime started", m).isLessThan(86_400.0);
            previous = m.timestamp();
        }
    }

    @Then("the sink {string} received {int} message(s) in all")
    public void theSinkReceivedMessagesInAll(String name, int count) {
        assertThat(log.sink(name).messages()).as("messages of sink '%s'", name).hasSize(count);
    }

    @Then("the sink {string} received the messages about {string} to {string}, oldest first")
    public void theSinkReceivedTheMessagesAboutOldestFirst(String name, String first, String last) {
        List<LogMessage> messages = log.sink(name).messages();
        assertThat(messages).as("messages of sink '%s'", name).isNotEmpty();
        assertThat(messages.get(0).text()).as("oldest replayed message").contains("'" + first + "'");
        assertThat(messages.get(messages.size() - 1).text()).as("newest replayed message").contains("'" + last + "'");
    }

    @Then("the sink {string} received the messages about {string}, {string} and {string} in that order")
    public void theSinkReceivedTheMessagesInOrder(String name, String a, String b, String c) {
        List<String> order = log.sink(name).messages().stream().map(LogMessage::text)
                .filter(t -> t.contains("'" + a + "'") || t.contains("'" + b + "'") || t.contains("'" + c + "'")).toList();
        assertThat(order).as("replayed messages about %s, %s, %s", a, b, c).hasSize(3);
        assertThat(order.get(0)).contains("'" + a + "'");
        assertThat(order.get(1)).contains("'" + b + "'");
        assertThat(order.get(2)).contains("'" + c + "'");
    }

    @Then("the sink {string} had received the message containing {string} when the failing call returned, on the calling thread")
    public void theSinkHadReceivedWhenTheCallReturned(String name, String text) {
        Map<String, Integer> counts;
        String caller;
        synchronized (log) {
            counts = log.countsWhenCallReturned;
            caller = log.callingThread;
        }
        List<RecordingSink.Delivery> deliveries = log.sink(name).deliveries();
        int upTo = counts.getOrDefault(name, 0);
        List<RecordingSink.Delivery> before = deliveries.subList(0, Math.min(upTo, deliveries.size())).stream()
                .filter(d -> d.message().text().contains(text)).toList();
        assertThat(before).as("messages containing \"%s\" that sink '%s' had when the failing call returned", text, name).hasSize(1);
        assertThat(before.get(0).thread()).as("thread the sink was called on").isEqualTo(caller);
    }

    @Then("the message containing {string} is cut to {int} bytes")
    public void theMessageIsCutTo(String text, int bytes) {
        LogMessage message = onlyMessage(text);
        assertThat(message.text().getBytes(StandardCharsets.UTF_8).length).as("length in bytes of: %s", message.text()).isEqualTo(bytes);
    }

    @Then("the child's standard error has the line {string} in the format {string}")
    public void theChildsStandardErrorHasTheLine(String text, String format) {
        List<String> matching = new ArrayList<>();
        var lines = STDERR_LINE.matcher(childOutcome.childStderr());
        while (lines.find()) {
            if (lines.group(8).equals(text)) {
                matching.add(lines.group());
                assertThat(Integer.parseInt(lines.group(2))).as("hours").isBetween(0, 99);
                assertThat(Integer.parseInt(lines.group(3))).as("minutes").isBetween(0, 59);
                assertThat(Integer.parseInt(lines.group(4))).as("seconds").isBetween(0, 59);
            }
        }
        assertThat(matching).as("lines of the child's stderr in the format %s with the text \"%s\":\n%s", format, text,
                childOutcome.childStderr()).isNotEmpty();
        state.attach(String.join("\n", matching), "text/plain", "matching stderr lines");
    }

    private LogMessage onlyMessage(String text) {
        Log.shared().flush();
        List<LogMessage> hits = log.sinks().values().stream().flatMap(s -> s.containing(text).stream()).distinct().toList();
        assertThat(hits).as("messages containing \"%s\" received by the scenario's sinks", text).isNotEmpty();
        return hits.get(0);
    }
}
