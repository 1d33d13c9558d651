#include "script/script_parser.h"

#include "core/error.h"
#include "io/atomic_file.h"
#include "script/script_lexer.h"

namespace dfc {
namespace {

class Parser {
public:
    Parser(std::string_view text, std::string file) : mLexer(text, file), mFile(std::move(file)) { shift(); }

    Script run()
    {
        Script s;
        s.file = mFile;
        while (mTok.kind != ScriptToken::End) s.statements.push_back(statement());
        return s;
    }

private:
    void shift()
    {
        if (mHasPeek) {
            mTok = std::move(mPeeked);
            mHasPeek = false;
        } else {
            mTok = mLexer.next();
        }
    }
    const ScriptLexeme& lookahead()
    {
        if (!mHasPeek) {
            mPeeked = mLexer.next();
            mHasPeek = true;
        }
        return mPeeked;
    }
    std::string found() const
    {
        return mTok.kind == ScriptToken::Name || mTok.kind == ScriptToken::Number ? "'" + mTok.text + "'"
                                                                                  : scriptTokenName(mTok.kind);
    }
    [[noreturn]] void expected(const std::string& what) { mLexer.error(mTok.at, "expected " + what + ", found " + found()); }
    ScriptLexeme expect(ScriptToken kind, const std::string& what)
    {
        if (mTok.kind != kind) expected(what);
        ScriptLexeme t = mTok;
        shift();
        return t;
    }

    ScriptStatement statement()
    {
        ScriptStatement st;
        st.at = mTok.at;
        if (mTok.kind == ScriptToken::LBrace) {
            blockTargets(st);
        } else if (mTok.kind == ScriptToken::Name &&
                   (lookahead().kind == ScriptToken::Comma || lookahead().kind == ScriptToken::Equals)) {
            st.targets.push_back(mTok.text);
            shift();
            while (mTok.kind == ScriptToken::Comma) {
                shift();
                st.targets.push_back(expect(ScriptToken::Name, "a name to assign to").text);
            }
            expect(ScriptToken::Equals, "'=' after the names to assign");
        }
        const ScriptLexeme name = expect(ScriptToken::Name, st.targets.empty() && st.blockTargets.empty()
                                                                ? "a command name"
                                                                : "a command after '='");
        st.command = name.text;
        if (const size_t dot = st.command.rfind('.'); dot != std::string::npos) {  // object.method(
            st.object = st.command.substr(0, dot);
            st.command = st.command.substr(dot + 1);
        } else if (mTok.kind == ScriptToken::Dot) {
            shift();
            st.object = st.command;
            st.command = expect(ScriptToken::Name, "a method name after '" + st.object + ".'").text;
        }
        if (mTok.kind != ScriptToken::LParen) expected("'(' after the command '" + st.command + "'");
        shift();
        arguments(st);
        return st;
    }

    void blockTargets(ScriptStatement& st)
    {
        shift();  // '{'
        st.blockAssignment = true;
        while (mTok.kind != ScriptToken::RBrace) {  // `{} = defuse_block(…)` names nothing
            const std::string key = expect(ScriptToken::Name, "a layer name in the assignment block").text;
            expect(ScriptToken::Colon, "':' after '" + key + "'");
            expect(ScriptToken::LBracket, "'[' with the names '" + key + "' becomes");
            std::vector<std::string> parts;
            while (mTok.kind != ScriptToken::RBracket) {
                parts.push_back(expect(ScriptToken::Name, "a name or ']'").text);
                if (mTok.kind == ScriptToken::Comma) shift();
                else if (mTok.kind != ScriptToken::RBracket) expected("',' or ']'");
            }
            shift();
            st.blockTargets.emplace_back(key, std::move(parts));
            if (mTok.kind == ScriptToken::Comma) shift();
            else if (mTok.kind != ScriptToken::RBrace) expected("',' or '}' in the assignment block");
        }
        shift();
        expect(ScriptToken::Equals, "'=' after the assignment block");
    }

    void arguments(ScriptStatement& st)
    {
        while (mTok.kind != ScriptToken::RParen) {
            ScriptArgument a;
            a.at = mTok.at;
            if (mTok.kind == ScriptToken::Name && lookahead().kind == ScriptToken::Equals) {
                a.keyword = mTok.text;
                shift();
                shift();
                for (const auto& other : st.args)
                    if (other.keyword == a.keyword) mLexer.error(a.at, "the argument '" + a.keyword + "' is given twice");
            } else if (!st.args.empty() && !st.args.back().keyword.empty()) {
                mLexer.error(a.at, "a positional argument cannot follow keyword arguments");
            }
            a.value = value("an argument of '" + st.command + "'");
            st.args.push_back(std::move(a));
            if (mTok.kind == ScriptToken::Comma) shift();
            else if (mTok.kind != ScriptToken::RParen) expected("',' or ')' in the arguments of '" + st.command + "'");
        }
        shift();
    }

    ScriptValue value(const std::string& what)
    {
        ScriptValue v;
        v.at = mTok.at;
        switch (mTok.kind) {
        case ScriptToken::Number: v.kind = ScriptValue::Kind::Number; break;
        case ScriptToken::Duration: v.kind = ScriptValue::Kind::Duration; break;
        case ScriptToken::String: v.kind = ScriptValue::Kind::String; break;
        case ScriptToken::Name: v.kind = ScriptValue::Kind::Name; break;
        case ScriptToken::LBracket: return list(what);
        case ScriptToken::LBrace:
            v.kind = ScriptValue::Kind::Glob;
            v.text = mLexer.readGlob(mTok.at);
            shift();
            return v;
        default: expected(what);
        }
        v.text = mTok.text;
        v.number = mTok.number;
        shift();
        return v;
    }

    ScriptValue list(const std::string& what)
    {
        ScriptValue v;
        v.kind = ScriptValue::Kind::List;
        v.at = mTok.at;
        shift();  // '['
        while (mTok.kind != ScriptToken::RBracket) {
            v.items.push_back(value("a list element of " + what));
            if (mTok.kind == ScriptToken::Comma) shift();
            else if (mTok.kind != ScriptToken::RBracket) expected("',' or ']' in a list");
        }
        shift();
        return v;
    }

    ScriptLexer mLexer;
    std::string mFile;
    ScriptLexeme mTok, mPeeked;
    bool mHasPeek = false;
};

}  // namespace

const ScriptArgument* ScriptStatement::keyword(const std::string& name) const
{
    for (const auto& a : args)
        if (a.keyword == name) return &a;
    return nullptr;
}

std::vector<const ScriptArgument*> ScriptStatement::positional() const
{
    std::vector<const ScriptArgument*> out;
    for (const auto& a : args)
        if (a.keyword.empty()) out.push_back(&a);
    return out;
}

Script parseScript(std::string_view text, const std::string& file)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // UTF-8 byte order mark
    return Parser(text, file).run();
}

Script parseScriptFile(const std::string& path)
{
    return parseScript(readFile(path, size_t{64} << 20), path);
}

std::string formatValue(const ScriptValue& v)
{
    switch (v.kind) {
    case ScriptValue::Kind::String: {
        std::string s = "\"";
        for (char c : v.text) s += c == '"' || c == '\\' ? std::string("\\") + c : std::string(1, c);
        return s + "\"";
    }
    case ScriptValue::Kind::Glob: return "{" + v.text + "}";
    case ScriptValue::Kind::List: {
        std::string s = "[";
        for (size_t i = 0; i < v.items.size(); ++i) s += (i ? ", " : "") + formatValue(v.items[i]);
        return s + "]";
    }
    default: return v.text;
    }
}

std::string formatStatement(const ScriptStatement& st)
{
    std::string s;
    if (st.blockAssignment) {
        s += "{";
        for (size_t i = 0; i < st.blockTargets.size(); ++i) {
            s += (i ? ", " : " ") + st.blockTargets[i].first + ": [";
            for (size_t k = 0; k < st.blockTargets[i].second.size(); ++k) s += (k ? ", " : "") + st.blockTargets[i].second[k];
            s += "]";
        }
        s += st.blockTargets.empty() ? "} = " : " } = ";
    }
    for (size_t i = 0; i < st.targets.size(); ++i) s += (i ? ", " : "") + st.targets[i];
    if (!st.targets.empty()) s += " = ";
    if (!st.object.empty()) s += st.object + ".";
    s += st.command + "(";
    for (size_t i = 0; i < st.args.size(); ++i) {
        s += i ? ", " : "";
        if (!st.args[i].keyword.empty()) s += st.args[i].keyword + "=";
        s += formatValue(st.args[i].value);
    }
    return s + ")";
}

std::string formatScript(const Script& script)
{
    std::string s;
    for (const auto& st : script.statements) s += formatStatement(st) + "\n";
    return s;
}

}  // namespace dfc
