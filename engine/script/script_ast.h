#pragma once
// The model-script language (.alls) as data: statements are command calls with positional and
// keyword arguments, optionally assigned to names (`a, b = defuse(...)`, `{ x: [..] } = …`) or
// called on an object (`context_0.place(...)`). Every element keeps its line:col for messages.
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"

namespace dfc {

struct ScriptLocation {
    int line = 0, column = 0;
    std::string text() const { return std::to_string(line) + ":" + std::to_string(column); }
};

/// A syntax error of a script, where it is (an editor underlines it there).
class ScriptSyntaxError : public Error {
public:
    ScriptSyntaxError(const ScriptLocation& at, const std::string& message, const std::string& file)
        : Error(ErrorCode::InvalidFormat, message, file, at.text()), mAt(at)
    {
    }
    const ScriptLocation& where() const { return mAt; }

private:
    ScriptLocation mAt;
};

struct ScriptValue {
    enum class Kind { Number, Duration, String, Name, List, Glob };
    Kind kind = Kind::Name;
    std::string text;                ///< as written (strings unquoted, globs without braces)
    double number = 0;               ///< numbers; durations in seconds
    std::vector<ScriptValue> items;  ///< list elements
    ScriptLocation at;

    bool isName(const char* n) const { return kind == Kind::Name && text == n; }
};

struct ScriptArgument {
    std::string keyword;  ///< empty for positional arguments
    ScriptValue value;
    ScriptLocation at;
};

struct ScriptStatement {
    std::vector<std::string> targets;  ///< `a, b = …`
    std::vector<std::pair<std::string, std::vector<std::string>>> blockTargets;  ///< `{ a: [..] } = …`
    bool blockAssignment = false;  ///< written with `{…} =` (possibly empty: `{} = …`)
    std::string object;   ///< `context_0` in `context_0.place(…)`
    std::string command;
    std::vector<ScriptArgument> args;
    ScriptLocation at;

    const ScriptArgument* keyword(const std::string& name) const;
    std::vector<const ScriptArgument*> positional() const;
};

struct Script {
    std::string file;
    std::vector<ScriptStatement> statements;
};

}  // namespace dfc
