#pragma once
// Reads model scripts: a hand-written lexer and recursive-descent parser. Errors are
// dfc::Error(InvalidFormat) with the file and "line:col", and say what was expected and found.
#include <string>
#include <string_view>

#include "script/script_ast.h"

namespace dfc {

Script parseScript(std::string_view text, const std::string& file = "<script>");
Script parseScriptFile(const std::string& path);

/// Canonical text of a script: one statement per line, `key=value`, lists as `[a, b]`.
std::string formatScript(const Script& script);
std::string formatStatement(const ScriptStatement& statement);
std::string formatValue(const ScriptValue& value);

}  // namespace dfc
