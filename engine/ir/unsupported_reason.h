#pragma once
// Why the parser refused a node, and why it suggests a scope: typed, so a user interface can say
// it in the user's language (the Studio translates by kind); text() is the English the CLI
// prints and the HAR stores beside the typed form.
#include <string>

#include <nlohmann/json.hpp>

namespace dfc {

struct UnsupportedReason {
    enum class Kind {
        Operator,        ///< no converter for the operator (subject: the operator type)
        Output,          ///< the node converts but this output cannot be produced (subject: the tensor)
        ConstantOutput,  ///< the output is a constant: nothing is left to run (subject: the tensor)
        Malformed,       ///< fewer inputs, outputs or dimensions than the operator needs (subject: type)
        Conversion,      ///< the converter refuses this variant (subject: its explanation, English)
    };
    Kind kind = Kind::Conversion;
    std::string subject;

    static UnsupportedReason operatorType(std::string op) { return {Kind::Operator, std::move(op)}; }
    static UnsupportedReason conversion(std::string why) { return {Kind::Conversion, std::move(why)}; }

    std::string text() const;
    nlohmann::ordered_json toJson() const;
    /// The typed form; a plain string (a HAR written before reasons were typed) is a Conversion.
    static UnsupportedReason fromJson(const nlohmann::json& j);
    bool empty() const { return subject.empty(); }
};

/// One line of the scope suggestion's explanation.
struct ScopeReason {
    enum class Kind {
        Whole,             ///< every node is supported: parse the model whole
        NothingSupported,  ///< no node is supported
        StartAfter,        ///< start at `node`: its input comes from the unsupported `neighbour`
        EndBefore,         ///< end at `node`: its output feeds the unsupported `neighbour`
        Note,              ///< free text (`node`), from a HAR written before reasons were typed
    };
    Kind kind = Kind::Note;
    std::string node, neighbour, neighbourOp;
    UnsupportedReason why;  ///< why `neighbour` is unsupported

    std::string text() const;
    nlohmann::ordered_json toJson() const;
    static ScopeReason fromJson(const nlohmann::json& j);
};

}  // namespace dfc
