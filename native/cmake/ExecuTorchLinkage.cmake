# Links a target against the ExecuTorch build under test: the runtime and every kernel set and backend
# that build ships, each named explicitly so the registered backend list is deterministic, with
# registration-only libraries kept on the link line exactly once. Two layouts are understood:
#
#   wheel   the PyPI wheel's package (executorch/share/cmake/executorch-config.cmake), whose imported
#           targets are namespaced (executorch::runtime, executorch::backend_xnnpack, ...) and need
#           CMake 3.28 or newer;
#   prefix  the install prefix of a source build (lib/cmake/ExecuTorch/executorch-config.cmake), whose
#           targets carry the build's own bare names (executorch, xnnpack_backend, ...), usually static.
#
# Whatever the layout, what is linked is named by the suite's component names (runtime, kernels_optimized,
# backend_xnnpack, ...), the names the capability tags (@requires:component=...), the linkage steps and the
# build's identity use. The wheel's targets carry those names; a prefix's targets are mapped to them by
# the table below (documented in native/README.md).
#
# Writes "<component>=<library file>" lines to components_file (what was linked, for the build's
# identity) and "<component>=<target>[,<target>...]" lines to <components_file>.targets.

# Components of the wheel layout, in link order. The first two are required to run any model.
set(_etcts_wheel_required runtime kernels_optimized)
set(_etcts_wheel_optional
    kernels_quantized kernels_torchao threadpool etdump
    backend_xnnpack backend_coreml backend_mps backend_mlx backend_openvino backend_qnn backend_cuda extension_cuda)

# The prefix layout's targets under the suite's component names, in link order: "<component>:<target>[+<target>...]".
# The runtime of the wheel (libexecutorch.so) carries the module, tensor and data-loader extensions, so a
# prefix's runtime is its executorch target together with those extension targets. kernels_portable is
# linked only when the build has no optimized kernel library: optimized_native_cpu_ops_lib registers the
# portable kernels it does not replace itself, and registering an operator twice aborts the process.
set(_etcts_prefix_map
    "runtime:executorch+extension_module+extension_tensor+extension_data_loader+extension_flat_tensor+extension_named_data_map"
    "kernels_optimized:optimized_native_cpu_ops_lib"
    "kernels_portable:portable_ops_lib"
    "kernels_quantized:quantized_ops_lib"
    "kernels_custom:custom_ops"
    "threadpool:extension_threadpool"
    "etdump:etdump"
    "backend_xnnpack:xnnpack_backend"
    "backend_coreml:coremldelegate"
    "backend_mps:mpsdelegate"
    "backend_mlx:mlxdelegate"
    "backend_qnn:qnn_executorch_backend"
    "backend_openvino:openvino_backend"
    "backend_vulkan:vulkan_backend"
    "backend_cuda:aoti_cuda_backend"
    "backend_metal:metal_backend"
    "backend_neuron:neuron_backend")
# The targets without which the suite cannot run a model, and what to configure when one is missing.
set(_etcts_prefix_required executorch extension_module extension_tensor extension_data_loader)

# The library file of an imported target, or "" for targets without one (interface libraries).
function(_etcts_target_file target out_var)
  set(_location "")
  get_target_property(_type ${target} TYPE)
  if(_type STREQUAL "SHARED_LIBRARY" OR _type STREQUAL "STATIC_LIBRARY" OR _type STREQUAL "UNKNOWN_LIBRARY")
    get_target_property(_imported ${target} IMPORTED)
    if(_imported)
      get_target_property(_location ${target} IMPORTED_LOCATION)
      if(NOT _location)
        get_target_property(_configs ${target} IMPORTED_CONFIGURATIONS)
        if(_configs)
          list(GET _configs 0 _config)
          get_target_property(_location ${target} IMPORTED_LOCATION_${_config})
        endif()
      endif()
    endif()
  endif()
  if(NOT _location)
    set(_location "")
  endif()
  set(${out_var} "${_location}" PARENT_SCOPE)
endfunction()

function(_etcts_record_component components_file name targets)
  list(GET targets 0 _first)
  _etcts_target_file(${_first} _location)
  file(APPEND "${components_file}" "${name}=${_location}\n")
  string(REPLACE ";" "," _targets "${targets}")
  file(APPEND "${components_file}.targets" "${name}=${_targets}\n")
endfunction()

# Whether a selection mode (ALL, ONLY <names>, EXCEPT <names>) takes a component.
function(_etcts_selected component mode selection out_var)
  if(mode STREQUAL "ONLY" AND NOT component IN_LIST selection)
    set(${out_var} FALSE PARENT_SCOPE)
  elseif(mode STREQUAL "EXCEPT" AND component IN_LIST selection)
    set(${out_var} FALSE PARENT_SCOPE)
  else()
    set(${out_var} TRUE PARENT_SCOPE)
  endif()
endfunction()

# Finds the wheel-layout package once and checks it has what every library needs.
macro(_etcts_find_wheel)
  if(CMAKE_VERSION VERSION_LESS 3.28)
    message(FATAL_ERROR
      "etcts: the ExecuTorch wheel's imported targets need CMake 3.28 or newer, this is ${CMAKE_VERSION}. "
      "native/scripts/provision-executorch.sh takes a suitable CMake from PyPI; run the build through ./mvnw.")
  endif()
  if(NOT TARGET executorch::runtime)
    find_package(executorch CONFIG PATHS "${ETCTS_EXECUTORCH_CONFIG_DIR}" NO_DEFAULT_PATH)
    if(NOT executorch_FOUND)
      message(FATAL_ERROR
        "etcts: found a wheel-layout ExecuTorch package at ${ETCTS_EXECUTORCH_PREFIX}, but its CMake config "
        "reported it unusable: ${executorch_NOT_FOUND_MESSAGE}")
    endif()
  endif()
endmacro()

# Finds the prefix-layout package once and checks it has what every library needs.
macro(_etcts_find_prefix)
  if(NOT TARGET executorch)
    find_package(ExecuTorch CONFIG PATHS "${ETCTS_EXECUTORCH_CONFIG_DIR}" NO_DEFAULT_PATH)
    if(NOT ExecuTorch_FOUND AND NOT executorch_FOUND)
      message(FATAL_ERROR
        "etcts: found a source-build (prefix layout) ExecuTorch config in ${ETCTS_EXECUTORCH_CONFIG_DIR}, "
        "but find_package(ExecuTorch) failed there. Check that 'cmake --install' completed for that build.")
    endif()
  endif()
  set(_etcts_missing "")
  foreach(_name IN LISTS _etcts_prefix_required)
    if(NOT TARGET ${_name})
      list(APPEND _etcts_missing ${_name})
    endif()
  endforeach()
  if(NOT TARGET optimized_native_cpu_ops_lib AND NOT TARGET portable_ops_lib)
    list(APPEND _etcts_missing "optimized_native_cpu_ops_lib or portable_ops_lib")
  endif()
  if(_etcts_missing)
    message(FATAL_ERROR
      "etcts: the source-build (prefix layout) ExecuTorch package at ${ETCTS_EXECUTORCH_PREFIX} lacks the "
      "targets: ${_etcts_missing}. Configure that build with EXECUTORCH_BUILD_EXTENSION_MODULE=ON, "
      "EXECUTORCH_BUILD_EXTENSION_TENSOR=ON, EXECUTORCH_BUILD_EXTENSION_DATA_LOADER=ON, "
      "EXECUTORCH_BUILD_EXTENSION_FLAT_TENSOR=ON, EXECUTORCH_BUILD_EXTENSION_NAMED_DATA_MAP=ON and a kernel "
      "library (EXECUTORCH_BUILD_KERNELS_OPTIMIZED=ON or the portable ops), built position independent "
      "(CMAKE_POSITION_INDEPENDENT_CODE=ON), then install it again (native/README.md lists the options).")
  endif()
endmacro()

# Links the wheel components selected by mode: ALL, ONLY <names>, or EXCEPT <names>.
function(_etcts_link_wheel target components_file mode)
  _etcts_find_wheel()
  set(_selection ${ARGN})
  set(_missing "")
  foreach(_component IN LISTS _etcts_wheel_required)
    if(NOT TARGET executorch::${_component})
      list(APPEND _missing executorch::${_component})
    endif()
  endforeach()
  if(_missing)
    message(FATAL_ERROR
      "etcts: the wheel-layout ExecuTorch package at ${ETCTS_EXECUTORCH_PREFIX} lacks ${_missing}, "
      "which the suite needs to run any model. Use a build that ships the runtime and the CPU kernels.")
  endif()
  set(_linked "")
  foreach(_component IN LISTS _etcts_wheel_required _etcts_wheel_optional)
    _etcts_selected(${_component} ${mode} "${_selection}" _take)
    if(_take AND TARGET executorch::${_component})
      # The wheel's targets carry --no-as-needed themselves on Linux, and the macOS linker keeps every dylib
      # it is given, so a plain link keeps each registration library.
      target_link_libraries(${target} PRIVATE executorch::${_component})
      _etcts_record_component("${components_file}" ${_component} executorch::${_component})
      list(APPEND _linked ${_component})
    endif()
  endforeach()
  message(STATUS "etcts: ${target} links ExecuTorch (wheel layout) components: ${_linked}")
endfunction()

# Links one prefix target so that its static registrars run exactly once: a target whose usage
# requirements already link it whole (INTERFACE_LINK_OPTIONS with --whole-archive, as an installed source
# build's registration libraries have) is linked plainly, since linking it whole a second time runs every
# registrar twice and the runtime aborts on the second registration of a kernel; a static registration
# library without that is linked whole here; a shared one is kept by --no-as-needed.
function(_etcts_link_prefix_target target name registers)
  get_target_property(_type ${name} TYPE)
  get_target_property(_options ${name} INTERFACE_LINK_OPTIONS)
  if(NOT registers OR _options MATCHES "whole-archive" OR _type STREQUAL "INTERFACE_LIBRARY")
    target_link_libraries(${target} PRIVATE ${name})
  elseif(_type STREQUAL "STATIC_LIBRARY")
    target_link_libraries(${target} PRIVATE "$<LINK_LIBRARY:WHOLE_ARCHIVE,${name}>")
  else()
    target_link_libraries(${target} PRIVATE "$<LINK_LIBRARY:ETCTS_NO_AS_NEEDED,${name}>")
  endif()
endfunction()

# Links the prefix components selected by mode (ALL, ONLY <names>, EXCEPT <names>, by suite names).
function(_etcts_link_prefix target components_file mode)
  _etcts_find_prefix()
  set(_selection ${ARGN})
  set(_linked "")
  foreach(_entry IN LISTS _etcts_prefix_map)
    string(REPLACE ":" ";" _pair "${_entry}")
    list(GET _pair 0 _component)
    list(GET _pair 1 _targets)
    string(REPLACE "+" ";" _targets "${_targets}")
    _etcts_selected(${_component} ${mode} "${_selection}" _take)
    if(NOT _take)
      continue()
    endif()
    if(_component STREQUAL "kernels_portable" AND TARGET optimized_native_cpu_ops_lib)
      continue()
    endif()
    set(_present "")
    foreach(_name IN LISTS _targets)
      if(TARGET ${_name})
        list(APPEND _present ${_name})
      endif()
    endforeach()
    if(NOT _present)
      continue()
    endif()
    # The runtime's executorch target registers the primitive operators; kernel and backend libraries
    # register themselves; the extensions and the thread pool are referenced and need no help.
    foreach(_name IN LISTS _present)
      if(_component MATCHES "^(kernels_|backend_)" OR _name STREQUAL "executorch")
        _etcts_link_prefix_target(${target} ${_name} TRUE)
      else()
        _etcts_link_prefix_target(${target} ${_name} FALSE)
      endif()
    endforeach()
    _etcts_record_component("${components_file}" ${_component} "${_present}")
    list(APPEND _linked "${_component}(${_present})")
  endforeach()
  message(STATUS "etcts: ${target} links ExecuTorch (prefix layout) components: ${_linked}")
endfunction()

# Gives an object library the ExecuTorch headers and compile definitions, without linking anything, and
# sets usage_var to the targets that carry them (for the API probes).
function(etcts_executorch_usage target usage_var)
  if(ETCTS_EXECUTORCH_LAYOUT STREQUAL "wheel")
    _etcts_find_wheel()
    set(_usage executorch::runtime)
  elseif(ETCTS_EXECUTORCH_LAYOUT STREQUAL "prefix")
    _etcts_find_prefix()
    set(_usage executorch extension_module extension_tensor extension_threadpool)
  else()
    message(FATAL_ERROR "etcts: unknown ExecuTorch layout '${ETCTS_EXECUTORCH_LAYOUT}' (expected wheel or prefix)")
  endif()
  set(_present "")
  foreach(_name IN LISTS _usage)
    if(TARGET ${_name})
      target_include_directories(${target} PRIVATE $<TARGET_PROPERTY:${_name},INTERFACE_INCLUDE_DIRECTORIES>)
      target_compile_definitions(${target} PRIVATE $<TARGET_PROPERTY:${_name},INTERFACE_COMPILE_DEFINITIONS>)
      list(APPEND _present ${_name})
    endif()
  endforeach()
  if(ETCTS_EXECUTORCH_LAYOUT STREQUAL "wheel" AND TARGET executorch::threadpool)
    target_compile_definitions(${target} PRIVATE ET_USE_THREADPOOL)
  endif()
  set(${usage_var} ${_present} PARENT_SCOPE)
endfunction()

# Creates libetcts_jni.so (libetcts_jni.dylib on macOS) in output_dir from the shared objects, linked with the selected components
# (mode: ALL, ONLY <names> or EXCEPT <names>, by the suite's component names), and records what it linked
# in components_file.
function(etcts_add_jni_library target output_dir components_file mode)
  add_library(${target} SHARED $<TARGET_OBJECTS:etcts_jni_objects>)
  set_target_properties(${target} PROPERTIES OUTPUT_NAME etcts_jni LIBRARY_OUTPUT_DIRECTORY "${output_dir}")
  # Unresolved symbols are a build error here, not a surprise at System.load time.
  if(APPLE)
    target_link_options(${target} PRIVATE "LINKER:-undefined,error")
    # Identified as @rpath/libetcts_jni.dylib, as the wheel's dylibs are, not by the build folder's path.
    set_target_properties(${target} PROPERTIES INSTALL_NAME_DIR "@rpath" BUILD_WITH_INSTALL_NAME_DIR ON)
  else()
    target_link_options(${target} PRIVATE "LINKER:--no-undefined")
  endif()
  etcts_link_executorch(${target} "${components_file}" ${mode} ${ARGN})
endfunction()

# Links any target (a library or a program, e.g. the benchmark's C++ driver) with the selected components
# (mode: ALL, ONLY <names> or EXCEPT <names>), exactly as the JNI library is linked, and records what it
# linked in components_file.
function(etcts_link_executorch target components_file mode)
  file(WRITE "${components_file}" "# ExecuTorch components linked into ${target} (${ETCTS_EXECUTORCH_LAYOUT} layout)\n")
  file(WRITE "${components_file}.targets" "# The build's targets behind each component of ${target}\n")
  if(ETCTS_EXECUTORCH_LAYOUT STREQUAL "wheel")
    _etcts_link_wheel(${target} "${components_file}" ${mode} ${ARGN})
  else()
    _etcts_link_prefix(${target} "${components_file}" ${mode} ${ARGN})
  endif()
  # The JNI library's tracing natives link against the etdump component when the library has it
  # (CMakeLists.txt defines both forms); other targets (the benchmark's driver) have no such natives.
  if(NOT TARGET etcts_module_trace_objects)
    return()
  endif()
  file(STRINGS "${components_file}" _etdump REGEX "^etdump=")
  if(_etdump)
    target_sources(${target} PRIVATE $<TARGET_OBJECTS:etcts_module_trace_objects>)
  else()
    target_sources(${target} PRIVATE $<TARGET_OBJECTS:etcts_module_trace_absent_objects>)
  endif()
endfunction()

# A shared registration library of a prefix is kept although nothing references its symbols. The macOS
# linker records every dylib it is given (unless told -dead_strip_dylibs), so there it needs no option;
# static registration libraries are linked whole everywhere (CMake's WHOLE_ARCHIVE: --whole-archive on
# Linux, -force_load on macOS).
if(APPLE)
  set(CMAKE_LINK_LIBRARY_USING_ETCTS_NO_AS_NEEDED "<LINK_ITEM>")
else()
  set(CMAKE_LINK_LIBRARY_USING_ETCTS_NO_AS_NEEDED "LINKER:--push-state,--no-as-needed" "<LINK_ITEM>" "LINKER:--pop-state")
endif()
set(CMAKE_LINK_LIBRARY_USING_ETCTS_NO_AS_NEEDED_SUPPORTED TRUE)
