#include "script/script_check.h"

#include <algorithm>
#include <cmath>
#include <fnmatch.h>
#include <set>

#include "ir/graph.h"

namespace dfc {
namespace {

using Kind = ScriptValue::Kind;
using Severity = ScriptDiagnostic::Severity;

std::string join(const std::vector<std::string>& v)
{
    std::string s;
    for (size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + v[i];
    return s;
}

/// The statement without its keyword arguments (to tell a whole command apart from its keywords).
ScriptStatement withoutKeywords(const ScriptStatement& st)
{
    ScriptStatement bare = st;
    bare.args.clear();
    for (const ScriptArgument& a : st.args)
        if (a.keyword.empty()) bare.args.push_back(a);
    return bare;
}

/// The commands whose first positional argument names layers.
bool firstPositionalIsLayers(const std::string& command)
{
    static const std::set<std::string> k = {"quantization_param", "change_output_activation", "remove_node",
                                            "logits_layer"};
    return k.count(command) != 0;
}

class Checker {
public:
    Checker(const Script& s, const Graph* g) : mScript(s), mGraph(g)
    {
        if (g)
            for (const std::string& n : g->layerNames()) mLayers.insert(n);
    }

    ScriptCheck run()
    {
        std::set<std::string> reported;
        for (const ScriptStatement& st : mScript.statements) {
            const ScriptCommandSpec* spec = ScriptCommandRegistry::instance().find(st.command);
            if (!spec) {
                const std::string near = ScriptCommandRegistry::instance().closest(st.command);
                error(st.at, "unknown command '" + st.command + "'" + (near.empty() ? "" : " (did you mean '" + near + "'?)"));
                continue;
            }
            ++mResult.statementsPerStage[spec->stage];
            checkStatement(st, *spec);
            const std::string key = ScriptCommandRegistry::statementKey(st, *spec);
            const ScriptCommandRegistry& registry = ScriptCommandRegistry::instance();
            if (!registry.applied(st) && reported.insert(key).second) {
                mResult.notApplied.push_back(key);
                const auto ignored = spec->applied ? registry.ignoredKeywords(st) : std::vector<std::string>{};
                add(Severity::Note, st.at, "'" + key + "' (" + scriptStageName(spec->stage) +
                                               " stage) is accepted, not applied by this version" +
                                               (ignored.empty() || !registry.applied(withoutKeywords(st)) ? ""
                                                                  : " (ignored: " + join(ignored) + ")"));
            }
            for (const auto& t : st.targets) mLayers.insert(t);  // defuse(...) and friends name new layers
            for (const auto& [key, parts] : st.blockTargets) mLayers.insert(parts.begin(), parts.end());
        }
        return std::move(mResult);
    }

private:
    void add(Severity s, const ScriptLocation& at, std::string message)
    {
        mResult.diagnostics.push_back({s, mScript.file, at, std::move(message)});
        if (s == Severity::Error) ++mResult.errors;
    }
    void error(const ScriptLocation& at, std::string message) { add(Severity::Error, at, std::move(message)); }

    void checkStatement(const ScriptStatement& st, const ScriptCommandSpec& spec)
    {
        const std::vector<ScriptArgSpec>* keywords = &spec.keywords;
        const auto positional = st.positional();
        if (!spec.algorithms.empty()) {
            std::vector<std::string> names;
            for (const auto& [n, a] : spec.algorithms) names.push_back(n);
            if (positional.empty() || positional[0]->value.kind != Kind::Name) {
                error(st.at, "'" + spec.name + "' needs an algorithm as its first argument (" + join(names) + ")");
                return;
            }
            auto it = spec.algorithms.find(positional[0]->value.text);
            if (it == spec.algorithms.end()) {
                error(positional[0]->at, "unknown algorithm '" + positional[0]->value.text + "' for '" + spec.name +
                                             "' (known: " + join(names) + ")");
                return;
            }
            keywords = &it->second.keywords;
        }
        if (firstPositionalIsLayers(spec.name) && !positional.empty()) checkLayers(positional[0]->value);
        for (const ScriptArgument& a : st.args) {
            if (a.value.kind == Kind::Glob) checkLayers(a.value);
            if (a.keyword.empty()) continue;
            const ScriptArgSpec* arg = nullptr;
            for (const auto& k : *keywords)
                if (k.name == a.keyword) arg = &k;
            if (!arg) {
                if (!spec.openKeywords) {
                    std::vector<std::string> names;
                    for (const auto& k : *keywords) names.push_back(k.name);
                    error(a.at, "'" + spec.name + "' has no argument '" + a.keyword + "'" +
                                    (names.empty() ? std::string() : " (it takes: " + join(names) + ")"));
                }
                continue;
            }
            checkValue(a, *arg);
        }
    }

    void checkValue(const ScriptArgument& a, const ScriptArgSpec& spec)
    {
        const ScriptValue& v = a.value;
        const std::string what = "'" + a.keyword + "'";
        auto inRange = [&](double x) {
            if (x < spec.min || x > spec.max)
                error(v.at, what + " is " + v.text + ", outside " + rangeText(spec));
        };
        switch (spec.type) {
        case ScriptArgType::Int:
            if (v.kind != Kind::Number || v.number != std::floor(v.number)) error(v.at, what + " must be an integer, found " + describe(v));
            else inRange(v.number);
            break;
        case ScriptArgType::Float:
            if (v.kind != Kind::Number) error(v.at, what + " must be a number, found " + describe(v));
            else inRange(v.number);
            break;
        case ScriptArgType::Bool:
            if (v.kind != Kind::Name || (v.text != "True" && v.text != "False" && v.text != "true" && v.text != "false"))
                error(v.at, what + " must be True or False, found " + describe(v));
            break;
        case ScriptArgType::Choice: {
            const bool ok = (v.kind == Kind::Name || v.kind == Kind::String) &&
                            std::find(spec.choices.begin(), spec.choices.end(), v.text) != spec.choices.end();
            if (!ok) error(v.at, what + " must be one of " + join(spec.choices) + ", found " + describe(v));
            break;
        }
        case ScriptArgType::Shape:
        case ScriptArgType::FloatList:
            if (v.kind != Kind::List) {
                error(v.at, what + " must be a list, found " + describe(v));
                break;
            }
            for (const auto& item : v.items)
                if (item.kind != Kind::Number || (spec.type == ScriptArgType::Shape && item.number != std::floor(item.number)))
                    error(item.at, what + " must hold " + (spec.type == ScriptArgType::Shape ? "integers" : "numbers") +
                                       ", found " + describe(item));
            break;
        case ScriptArgType::Layers: checkLayers(v); break;
        case ScriptArgType::Duration:
            if (v.kind != Kind::Duration && v.kind != Kind::Number) error(v.at, what + " must be a duration (30m, 5h), found " + describe(v));
            break;
        case ScriptArgType::String:
        case ScriptArgType::Any: break;
        }
    }

    /// Layer names and patterns must exist in the graph (when one is given).
    void checkLayers(const ScriptValue& v)
    {
        if (!mGraph) return;
        if (v.kind == Kind::List) {
            for (const auto& item : v.items) checkLayers(item);
            return;
        }
        if (v.kind == Kind::Glob) {
            for (const auto& name : mLayers)
                if (scriptPatternMatches(v.text, unscoped(name)) || scriptPatternMatches(v.text, name)) return;
            add(Severity::Warning, v.at, "the pattern {" + v.text + "} matches no layer");
            return;
        }
        if (v.kind != Kind::Name) return;
        if (mLayers.count(v.text) || mLayers.count(unscoped(v.text))) return;
        error(v.at, "no layer named '" + v.text + "' in " + mGraph->name);
    }

    std::string unscoped(const std::string& name) const
    {
        const std::string prefix = mGraph ? mGraph->name + "/" : std::string();
        return !prefix.empty() && name.rfind(prefix, 0) == 0 ? name.substr(prefix.size()) : name;
    }

    static std::string rangeText(const ScriptArgSpec& s)
    {
        auto num = [](double x) {
            std::string t = std::to_string(x);
            t.erase(t.find_last_not_of('0') + 1);
            if (!t.empty() && t.back() == '.') t.pop_back();
            return t;
        };
        if (std::isinf(s.max)) return ">= " + num(s.min);
        if (std::isinf(s.min)) return "<= " + num(s.max);
        return num(s.min) + ".." + num(s.max);
    }

    static std::string describe(const ScriptValue& v)
    {
        switch (v.kind) {
        case Kind::List: return "a list";
        case Kind::Glob: return "the pattern {" + v.text + "}";
        case Kind::String: return "\"" + v.text + "\"";
        default: return "'" + v.text + "'";
        }
    }

    const Script& mScript;
    const Graph* mGraph;
    std::set<std::string> mLayers;
    ScriptCheck mResult;
};

}  // namespace

std::string ScriptDiagnostic::text() const
{
    static const char* names[] = {"error", "warning", "note"};
    return file + ":" + at.text() + ": " + names[static_cast<int>(severity)] + ": " + message;
}

bool scriptPatternMatches(const std::string& pattern, const std::string& name)
{
    size_t start = 0;
    while (start <= pattern.size()) {
        size_t end = pattern.find(',', start);
        if (end == std::string::npos) end = pattern.size();
        std::string alt = pattern.substr(start, end - start);
        alt.erase(0, alt.find_first_not_of(" \t"));
        alt.erase(alt.find_last_not_of(" \t") + 1);
        if (!alt.empty() && fnmatch(alt.c_str(), name.c_str(), 0) == 0) return true;
        start = end + 1;
    }
    return false;
}

std::vector<std::string> resolveScriptLayers(const ScriptValue& value, const Graph& graph)
{
    const std::string prefix = graph.name + "/";
    auto matches = [&](const ScriptValue& v, const std::string& layer) {
        auto one = [&](const ScriptValue& item) {
            if (item.kind == ScriptValue::Kind::Glob)
                return scriptPatternMatches(item.text, layer) || scriptPatternMatches(item.text, prefix + layer);
            return item.text == layer || item.text == prefix + layer;
        };
        if (v.kind != ScriptValue::Kind::List) return one(v);
        return std::any_of(v.items.begin(), v.items.end(), one);
    };
    std::vector<std::string> out;
    for (const Layer* l : graph.topoOrder())
        if (matches(value, l->name)) out.push_back(l->name);
    return out;
}

ScriptCheck checkScript(const Script& script, const Graph* graph)
{
    return Checker(script, graph).run();
}

}  // namespace dfc
