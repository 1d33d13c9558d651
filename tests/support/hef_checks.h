#pragma once
// The runtime-versus-emulator check shared by the HEF suites: a model taken through parse,
// optimize (random calibration) and compile, then its binary run on the CPU runtime.
#include <string>

#include "importers/model_importer.h"
#include "pipeline/runner.h"

namespace dfc::test {

/// Parses `path`, optimizes it with `optimizeScript` over `calibration` random items and
/// compiles it for `arch` with `compileScript`. Fails the test run when the model does not parse.
Runner compiledRunner(const std::string& path, const ImportOptions& options, const std::string& optimizeScript,
                      const std::string& arch, const std::string& compileScript, int calibration = 8);

/// Runs the compiled HAR's binary on the runtime and the quantized emulator on the same random
/// inputs: device codes and host floats must agree bit for bit. QtTest checks; returns false
/// (after the failing check) when they differ.
bool runtimeMatchesEmulator(const Runner& runner, int batch = 2);

}  // namespace dfc::test
