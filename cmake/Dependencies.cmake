# All third-party dependencies come from Debian packages (see README and .ci/run).
find_package(Threads REQUIRED)
find_package(OpenMP REQUIRED COMPONENTS CXX)
find_package(Protobuf REQUIRED)
find_package(ONNX REQUIRED)
find_package(Eigen3 3.4 REQUIRED NO_MODULE)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(LibArchive REQUIRED)
find_package(CLI11 REQUIRED)
find_package(FlatBuffers REQUIRED)  # headers + flatc, for our TFLite schema subset
find_package(PNG REQUIRED)   # calibration images
find_package(JPEG REQUIRED)  # calibration images
find_package(PkgConfig REQUIRED)
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)  # the HEF container's hash
find_package(ZLIB REQUIRED)  # the HEF payload
pkg_check_modules(GVC REQUIRED IMPORTED_TARGET libgvc libcgraph)
find_package(Qt6 REQUIRED COMPONENTS Core Gui Widgets Svg Charts Concurrent Test LinguistTools)
