#pragma once
// Each dfc verb registers itself on the CLI11 app; the callbacks throw dfc::Error on failure.
#include <CLI/CLI.hpp>

#include "hef/hef.h"

namespace dfc::cli {

void addParserCommand(CLI::App& app);
void addHarCommand(CLI::App& app);
void addInferCommand(CLI::App& app);
void addVisualizerCommand(CLI::App& app);
void addScriptCommand(CLI::App& app);
void addOptimizeCommand(CLI::App& app);
void addParamsCsvCommand(CLI::App& app);
void addAnalyzeNoiseCommand(CLI::App& app);
void addCompilerCommand(CLI::App& app);
void addProfilerCommand(CLI::App& app);
void addHefCommand(CLI::App& app);

/// The facts of a compiled binary, as `dfc hef info` prints them (also `dfc har info`).
void printHefInfo(const HefInfo& info);

}  // namespace dfc::cli
