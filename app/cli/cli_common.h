#pragma once
// Shared plumbing of the dfc subcommands: the progress bar, shape parsing, errors.
#include <map>
#include <string>
#include <vector>

#include "core/progress.h"
#include "ir/tensor.h"
#include "script/model_script.h"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace dfc {
class Runner;
}

namespace dfc::cli {

/// Makes the first Ctrl-C cancel the running operation (see terminalProgress).
void installInterruptHandler();
/// A progress bar on stderr when it is a terminal (silent otherwise), cancelled by Ctrl-C.
Progress terminalProgress(const std::string& task);
/// "NAME=1,3,224,224" → {NAME, [1,3,224,224]}; throws InvalidArgument.
std::pair<std::string, Shape> parseNamedShape(const std::string& text);
/// "NAME=path" → {NAME, path}.
std::pair<std::string, std::string> parseNamedValue(const std::string& text, const char* what);
/// A file name for a tensor name ('/' and ':' become '_').
std::string fileNameFor(const std::string& tensorName);
/// The --hw-arch option, checked against the targets this build models.
CLI::Option* addHwArchOption(CLI::App& cmd, std::string& target, const std::string& help);
/// Loads a HAR into `runner`, retargets it when `hwArch` is set and reads the model script at
/// `scriptPath` (none when empty) against its graph, printing the script's warnings.
ModelScript openHarForStage(Runner& runner, const std::string& har, const std::string& hwArch, const std::string& scriptPath);
/// Asks a yes/no question on a terminal; false when stdin is not a terminal.
bool askYesNo(const std::string& question);

}  // namespace dfc::cli
