#pragma once
// Tokens of the model-script language. Names may contain '/', '-', '.' after their first character
// (vendor layer names such as `net_1.6gf/conv3_sd0-3`); numbers followed directly by s, m, h or d are
// durations (`timeout=30m`); '#' starts a comment. Globs (`{conv[0-9]*}`) are read raw on the
// parser's request, because their brackets are not list brackets.
#include <string>
#include <string_view>

#include "script/script_ast.h"

namespace dfc {

enum class ScriptToken { Name, Number, Duration, String, LParen, RParen, LBracket, RBracket, LBrace, RBrace,
                         Comma, Equals, Colon, Dot, End };

const char* scriptTokenName(ScriptToken t);

struct ScriptLexeme {
    ScriptToken kind = ScriptToken::End;
    std::string text;  ///< as written; strings without quotes
    double number = 0;
    ScriptLocation at;
};

class ScriptLexer {
public:
    ScriptLexer(std::string_view text, std::string file) : mText(text), mFile(std::move(file)) {}

    ScriptLexeme next();
    /// The raw text up to the next '}' on the same line (the '{' was just read).
    std::string readGlob(const ScriptLocation& open);
    [[noreturn]] void error(const ScriptLocation& at, const std::string& message) const;

private:
    char peek(size_t ahead = 0) const { return mPos + ahead < mText.size() ? mText[mPos + ahead] : '\0'; }
    char advance();
    void skipBlanksAndComments();
    ScriptLexeme number(ScriptLocation at);
    ScriptLexeme string(ScriptLocation at, char quote);

    std::string_view mText;
    std::string mFile;
    size_t mPos = 0;
    int mLine = 1, mColumn = 1;
};

}  // namespace dfc
