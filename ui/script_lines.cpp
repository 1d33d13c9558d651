#include "script_lines.h"

#include <QStringList>

namespace dfc::ui {
namespace {

/// "command(" at the start of the line: a named statement ("context_0 = resources_param(…)")
/// or a comment is someone else's.
bool isCommandLine(const QString& line, const QString& command)
{
    const QString t = line.trimmed();
    return t.startsWith(command) && t.mid(command.size()).trimmed().startsWith('(');
}

}  // namespace

QString withCommandLine(const QString& script, const QString& command, const QString& line, LinePlace place)
{
    QStringList lines = script.split('\n');
    bool placed = false;
    for (int i = 0; i < lines.size();) {
        if (!isCommandLine(lines[i], command)) {
            ++i;
        } else if (!placed && !line.isEmpty()) {
            lines[i++] = line;
            placed = true;
        } else {
            lines.removeAt(i);
        }
    }
    if (placed || line.isEmpty()) return lines.join('\n');
    QString text = lines.join('\n');
    if (text.trimmed().isEmpty()) return line + "\n";
    if (place == LinePlace::First) return line + "\n" + text;
    if (!text.endsWith('\n')) text += '\n';
    return text + line + "\n";
}

QString commandLine(const QString& script, const QString& command)
{
    for (const QString& l : script.split('\n'))
        if (isCommandLine(l, command)) return l.trimmed();
    return {};
}

}  // namespace dfc::ui
