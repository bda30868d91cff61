# Links a target against the ExecuTorch build under test: the runtime and every kernel set and backend
# that build ships, each named explicitly so the registered backend list is deterministic, with
# registration-only libraries kept on the link line (--no-as-needed for shared libraries, whole-archive
# for static ones). Two layouts are understood:
#
#   wheel   the PyPI wheel's package (executorch/share/cmake/executorch-config.cmake), whose imported
#           targets are namespaced (executorch::runtime, executorch::backend_xnnpack, ...) and need
#           CMake 3.28 or newer;
#   prefix  the install prefix of a source build (lib/cmake/ExecuTorch/executorch-config.cmake), whose
#           targets carry the build's own bare names (executorch, xnnpack_backend, ...), usually static.
#
# Writes "<component>=<library file>" lines to components_file: what was linked, for the build's identity.

# Components of the wheel layout, in link order. The first two are required to run any model.
set(_etcts_wheel_required runtime kernels_optimized)
set(_etcts_wheel_optional
    kernels_quantized kernels_torchao threadpool etdump
    backend_xnnpack backend_coreml backend_mps backend_mlx backend_openvino backend_qnn backend_cuda extension_cuda)

# Components of the prefix layout: link name, then the alternatives a build may use for it.
set(_etcts_prefix_required executorch extension_module extension_tensor extension_data_loader)
set(_etcts_prefix_kernels optimized_native_cpu_ops_lib portable_ops_lib)
set(_etcts_prefix_registering
    quantized_ops_lib custom_ops xnnpack_backend coremldelegate mpsdelegate qnn_executorch_backend
    openvino_backend vulkan_backend)
set(_etcts_prefix_support extension_threadpool etdump extension_flat_tensor extension_named_data_map)

function(_etcts_record_component components_file name target)
  get_target_property(_type ${target} TYPE)
  set(_location "")
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
  file(APPEND "${components_file}" "${name}=${_location}\n")
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
    if(mode STREQUAL "ONLY" AND NOT _component IN_LIST _selection)
      continue()
    elseif(mode STREQUAL "EXCEPT" AND _component IN_LIST _selection)
      continue()
    endif()
    if(TARGET executorch::${_component})
      target_link_libraries(${target} PRIVATE executorch::${_component})
      _etcts_record_component("${components_file}" ${_component} executorch::${_component})
      list(APPEND _linked ${_component})
    endif()
  endforeach()
  message(STATUS "etcts: ${target} links ExecuTorch (wheel layout) components: ${_linked}")
endfunction()

function(_etcts_link_prefix target components_file)
  find_package(ExecuTorch CONFIG PATHS "${ETCTS_EXECUTORCH_CONFIG_DIR}" NO_DEFAULT_PATH)
  if(NOT ExecuTorch_FOUND AND NOT executorch_FOUND)
    message(FATAL_ERROR
      "etcts: found a source-build (prefix layout) ExecuTorch config in ${ETCTS_EXECUTORCH_CONFIG_DIR}, "
      "but find_package(ExecuTorch) failed there. Check that 'cmake --install' completed for that build.")
  endif()
  set(_missing "")
  foreach(_name IN LISTS _etcts_prefix_required)
    if(NOT TARGET ${_name})
      list(APPEND _missing ${_name})
    endif()
  endforeach()
  set(_kernels "")
  foreach(_name IN LISTS _etcts_prefix_kernels)
    if(TARGET ${_name})
      set(_kernels ${_name})
      break()
    endif()
  endforeach()
  if(NOT _kernels)
    list(APPEND _missing "optimized_native_cpu_ops_lib or portable_ops_lib")
  endif()
  if(_missing)
    message(FATAL_ERROR
      "etcts: the source-build (prefix layout) ExecuTorch package at ${ETCTS_EXECUTORCH_PREFIX} lacks the "
      "targets: ${_missing}. Configure that build with EXECUTORCH_BUILD_EXTENSION_MODULE, "
      "EXECUTORCH_BUILD_EXTENSION_TENSOR, EXECUTORCH_BUILD_EXTENSION_DATA_LOADER and a kernel library, "
      "built position independent (CMAKE_POSITION_INDEPENDENT_CODE=ON), then install it again.")
  endif()
  set(_linked "")
  foreach(_name IN LISTS _etcts_prefix_required _etcts_prefix_support)
    if(TARGET ${_name})
      target_link_libraries(${target} PRIVATE ${_name})
      _etcts_record_component("${components_file}" ${_name} ${_name})
      list(APPEND _linked ${_name})
    endif()
  endforeach()
  # Kernel and backend libraries register themselves from static initialisers: keep all of each.
  foreach(_name IN LISTS _kernels _etcts_prefix_registering)
    if(TARGET ${_name})
      get_target_property(_type ${_name} TYPE)
      if(_type STREQUAL "STATIC_LIBRARY")
        target_link_libraries(${target} PRIVATE "$<LINK_LIBRARY:WHOLE_ARCHIVE,${_name}>")
      else()
        target_link_libraries(${target} PRIVATE ${_name})
        target_link_options(${target} PRIVATE "LINKER:--no-as-needed")
      endif()
      _etcts_record_component("${components_file}" ${_name} ${_name})
      list(APPEND _linked ${_name})
    endif()
  endforeach()
  message(STATUS "etcts: linking ExecuTorch (prefix layout) components: ${_linked}")
endfunction()

# Gives an object library the ExecuTorch headers and compile definitions, without linking anything.
function(etcts_executorch_usage target)
  if(ETCTS_EXECUTORCH_LAYOUT STREQUAL "wheel")
    _etcts_find_wheel()
    set(_usage executorch::runtime)
  elseif(ETCTS_EXECUTORCH_LAYOUT STREQUAL "prefix")
    find_package(ExecuTorch CONFIG PATHS "${ETCTS_EXECUTORCH_CONFIG_DIR}" NO_DEFAULT_PATH)
    set(_usage executorch extension_module extension_tensor)
  else()
    message(FATAL_ERROR "etcts: unknown ExecuTorch layout '${ETCTS_EXECUTORCH_LAYOUT}' (expected wheel or prefix)")
  endif()
  foreach(_name IN LISTS _usage)
    if(TARGET ${_name})
      target_include_directories(${target} PRIVATE $<TARGET_PROPERTY:${_name},INTERFACE_INCLUDE_DIRECTORIES>)
      target_compile_definitions(${target} PRIVATE $<TARGET_PROPERTY:${_name},INTERFACE_COMPILE_DEFINITIONS>)
    endif()
  endforeach()
  if(ETCTS_EXECUTORCH_LAYOUT STREQUAL "wheel" AND TARGET executorch::threadpool)
    target_compile_definitions(${target} PRIVATE ET_USE_THREADPOOL)
  endif()
endfunction()

# Creates libetcts_jni.so in output_dir from the shared objects, linked with the selected components
# (mode: ALL, ONLY <names> or EXCEPT <names>; a selection applies to the wheel layout), and records
# what it linked in components_file.
function(etcts_add_jni_library target output_dir components_file mode)
  add_library(${target} SHARED $<TARGET_OBJECTS:etcts_jni_objects>)
  set_target_properties(${target} PROPERTIES OUTPUT_NAME etcts_jni LIBRARY_OUTPUT_DIRECTORY "${output_dir}")
  # Unresolved symbols are a build error here, not a surprise at System.load time.
  target_link_options(${target} PRIVATE "LINKER:--no-undefined")
  file(WRITE "${components_file}" "# ExecuTorch components linked into ${target} (${ETCTS_EXECUTORCH_LAYOUT} layout)\n")
  if(ETCTS_EXECUTORCH_LAYOUT STREQUAL "wheel")
    _etcts_link_wheel(${target} "${components_file}" ${mode} ${ARGN})
  else()
    _etcts_link_prefix(${target} "${components_file}")
  endif()
endfunction()
