#include "parse_reasons.h"

namespace dfc::ui {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

QString ParseReasons::describe(const UnsupportedReason& r)
{
    using Kind = UnsupportedReason::Kind;
    switch (r.kind) {
    case Kind::Operator: return tr("operator %1 has no accelerator conversion").arg(q(r.subject));
    case Kind::Output: return tr("its output '%1' cannot be produced on the accelerator").arg(q(r.subject));
    case Kind::ConstantOutput: return tr("its output '%1' is a constant: nothing is left to run").arg(q(r.subject));
    case Kind::Malformed: return tr("malformed: it has fewer inputs, outputs or dimensions than %1 needs").arg(q(r.subject));
    case Kind::Conversion: break;
    }
    // The converter's own explanation names attributes and axes; it stays as written.
    return tr("this variant cannot be converted (%1)").arg(q(r.subject));
}

QString ParseReasons::describe(const ScopeReason& r)
{
    using Kind = ScopeReason::Kind;
    switch (r.kind) {
    case Kind::Whole: return tr("Every node of the model is supported: it is parsed whole.");
    case Kind::NothingSupported: return tr("No node of the model is supported.");
    case Kind::StartAfter:
        return tr("Start at '%1': its input comes from '%2' (%3), where %4. That part runs on the host, as "
                  "pre-processing.")
            .arg(q(r.node), q(r.neighbour), q(r.neighbourOp), describe(r.why));
    case Kind::EndBefore:
        return tr("End at '%1': its output feeds '%2' (%3), where %4. That part runs on the host, as "
                  "post-processing.")
            .arg(q(r.node), q(r.neighbour), q(r.neighbourOp), describe(r.why));
    case Kind::Note: break;
    }
    return q(r.node);
}

QString ParseReasons::advice(const UnsupportedReason& r, bool insideScope)
{
    if (!insideScope) return tr("outside the scope: the host runs it");
    if (r.kind == UnsupportedReason::Kind::Output)
        return tr("inside the scope: it stops the parse. Right-click the node before it → Cut here, and the host "
                  "runs this node");
    return tr("inside the scope: it stops the parse. Right-click the node before it → Cut here (or the node "
              "after it → Start here), and the host runs it");
}

}  // namespace dfc::ui
