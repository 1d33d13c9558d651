#pragma once
// Whole-line edits of a model script, as the wizards and the point-and-click fixes write them:
// one command's line put in (replacing the one there) or taken out. The rest of the script,
// comments and the user's own lines stay as they are.
#include <QString>

namespace dfc::ui {

enum class LinePlace { First, Last };

/// `script` with the line of the unnamed statement `command(…)` replaced by `line` (every other
/// such line removed); with no such line, `line` goes first or last. An empty `line` removes them.
QString withCommandLine(const QString& script, const QString& command, const QString& line, LinePlace place = LinePlace::Last);

/// The first unnamed `command(…)` line of `script`, trimmed; empty when there is none.
QString commandLine(const QString& script, const QString& command);

}  // namespace dfc::ui
