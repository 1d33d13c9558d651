#include "script/script_lexer.h"

#include <cctype>
#include <cstdlib>

#include "core/error.h"

namespace dfc {
namespace {

bool nameStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool nameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '/' || c == '-'; }
bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

}  // namespace

const char* scriptTokenName(ScriptToken t)
{
    static const char* names[] = {"a name", "a number", "a duration", "a string", "'('", "')'", "'['", "']'",
                                  "'{'", "'}'", "','", "'='", "':'", "'.'", "the end of the script"};
    return names[static_cast<int>(t)];
}

void ScriptLexer::error(const ScriptLocation& at, const std::string& message) const
{
    throw ScriptSyntaxError(at, message, mFile);
}

char ScriptLexer::advance()
{
    const char c = mText[mPos++];
    if (c == '\n') {
        ++mLine;
        mColumn = 1;
    } else {
        ++mColumn;
    }
    return c;
}

void ScriptLexer::skipBlanksAndComments()
{
    while (mPos < mText.size()) {
        const char c = peek();
        if (c == '#') {
            while (mPos < mText.size() && peek() != '\n') advance();
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
            advance();
        } else {
            break;
        }
    }
}

ScriptLexeme ScriptLexer::number(ScriptLocation at)
{
    const size_t start = mPos;
    if (peek() == '-' || peek() == '+') advance();
    while (digit(peek())) advance();
    if (peek() == '.' && digit(peek(1))) {
        advance();
        while (digit(peek())) advance();
    } else if (peek() == '.' && !nameChar(peek(1)) && peek(1) != '.') {
        advance();  // "255." as in Python
    }
    if ((peek() == 'e' || peek() == 'E') && (digit(peek(1)) || ((peek(1) == '-' || peek(1) == '+') && digit(peek(2))))) {
        advance();
        if (peek() == '-' || peek() == '+') advance();
        while (digit(peek())) advance();
    }
    ScriptLexeme t{ScriptToken::Number, std::string(mText.substr(start, mPos - start)), 0, at};
    t.number = std::strtod(t.text.c_str(), nullptr);
    const char unit = peek();
    if ((unit == 's' || unit == 'm' || unit == 'h' || unit == 'd') && !nameChar(peek(1))) {
        advance();
        t.kind = ScriptToken::Duration;
        t.number *= unit == 's' ? 1 : unit == 'm' ? 60 : unit == 'h' ? 3600 : 86400;
        t.text += unit;
    } else if (nameChar(unit)) {
        error({mLine, mColumn}, "unexpected '" + std::string(1, unit) + "' after the number " + t.text);
    }
    return t;
}

ScriptLexeme ScriptLexer::string(ScriptLocation at, char quote)
{
    advance();
    std::string s;
    while (true) {
        if (mPos >= mText.size() || peek() == '\n') error(at, "the string is not closed on its line");
        const char c = advance();
        if (c == quote) break;
        if (c == '\\' && mPos < mText.size() && peek() != '\n') s += advance();
        else s += c;
    }
    return {ScriptToken::String, s, 0, at};
}

ScriptLexeme ScriptLexer::next()
{
    skipBlanksAndComments();
    const ScriptLocation at{mLine, mColumn};
    if (mPos >= mText.size()) return {ScriptToken::End, "", 0, at};
    const char c = peek();
    if (nameStart(c)) {
        const size_t start = mPos;
        // '.' belongs to names (`regnetx_1.6gf/conv4`); `ctx.place` is split by the parser.
        while (nameChar(peek()) || (peek() == '.' && nameChar(peek(1)))) advance();
        return {ScriptToken::Name, std::string(mText.substr(start, mPos - start)), 0, at};
    }
    if (digit(c) || ((c == '-' || c == '+' || c == '.') && (digit(peek(1)) || (peek(1) == '.' && digit(peek(2))))))
        return number(at);
    if (c == '"' || c == '\'') return string(at, c);
    static const std::string punct = "()[]{},=:.";
    if (const size_t p = punct.find(c); p != std::string::npos) {
        advance();
        static const ScriptToken kinds[] = {ScriptToken::LParen, ScriptToken::RParen, ScriptToken::LBracket,
                                            ScriptToken::RBracket, ScriptToken::LBrace, ScriptToken::RBrace,
                                            ScriptToken::Comma, ScriptToken::Equals, ScriptToken::Colon, ScriptToken::Dot};
        return {kinds[p], std::string(1, c), 0, at};
    }
    std::string shown = std::isprint(static_cast<unsigned char>(c)) ? std::string(1, c) : "\\x" + std::to_string(static_cast<unsigned char>(c));
    error(at, "unexpected character '" + shown + "'");
}

std::string ScriptLexer::readGlob(const ScriptLocation& open)
{
    std::string pattern;
    while (true) {
        if (mPos >= mText.size() || peek() == '\n') error(open, "the pattern '{' is not closed on its line");
        const char c = advance();
        if (c == '}') break;
        pattern += c;
    }
    const auto first = pattern.find_first_not_of(" \t");
    if (first == std::string::npos) error(open, "the pattern {} is empty");
    return pattern.substr(first, pattern.find_last_not_of(" \t") - first + 1);
}

}  // namespace dfc
