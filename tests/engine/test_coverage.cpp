// Coverage of every registry keyed by a name defined elsewhere, in one fast suite: each layer
// kind has its emulator kernels, quantization rule, transpose rule and compiler cost rule (or is
// marked view-only);
// each model-script command this build declares applied has its implementation, and each
// implementation is declared; each ONNX constant folder computes what the ONNX backend suite
// expects of its operator.
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "compiler/compile_settings.h"
#include "compiler/layer_cost.h"
#include "core/error.h"
#include "emulator/kernel_registry.h"
#include "emulator/qkernel_registry.h"
#include "importers/onnx/constant_folding.h"
#include "importers/onnx/onnx_tensor.h"
#include "ir/activation.h"
#include "ir/layer_kind.h"
#include "quantizer/model_modifications.h"
#include "quantizer/quantize_rules.h"
#include "quantizer/transpose_height_width.h"
#include "script/model_script.h"
#include "script/script_commands.h"

using namespace dfc;
namespace fs = std::filesystem;

namespace {

const char* kBackendNodeTests = "/usr/share/libonnx-testdata/data/node";

/// A test's tensor; `declared` is the type the model gives it. NumPy has no bfloat16, so the
/// suite stores bfloat16 data as UINT16 bits: they are bfloat16 when the model says so.
onnx::TensorProto readTensorProto(const fs::path& p, int32_t declared)
{
    std::ifstream in(p, std::ios::binary);
    onnx::TensorProto t;
    if (!t.ParseFromIstream(&in)) throw std::runtime_error("unreadable " + p.string());
    if (t.data_type() == onnx::TensorProto::UINT16 && declared == onnx::TensorProto::BFLOAT16)
        t.set_data_type(onnx::TensorProto::BFLOAT16);
    return t;
}

/// Folds a backend test's one-node model with its inputs as constants; "" when the outputs are
/// what the suite expects, else why not. Throws dfc::Error for what the importer refuses.
std::string foldBackendTest(const fs::path& dir)
{
    onnx::ModelProto model;
    std::ifstream in(dir / "model.onnx", std::ios::binary);
    if (!model.ParseFromIstream(&in)) return "unreadable model";
    onnx::GraphProto& g = *model.mutable_graph();
    std::vector<std::string> outputs;
    std::vector<int32_t> outputTypes;
    for (const auto& o : g.output()) {
        outputs.push_back(o.name());
        outputTypes.push_back(o.type().tensor_type().elem_type());
    }
    for (int i = 0; i < g.input_size(); ++i) {
        onnx::TensorProto t = readTensorProto(dir / "test_data_set_0" / ("input_" + std::to_string(i) + ".pb"),
                                              g.input(i).type().tensor_type().elem_type());
        t.set_name(g.input(i).name());
        *g.add_initializer() = t;
    }
    g.clear_input();
    const OnnxModel m = OnnxModel::fromProto(std::move(model), (dir / "model.onnx").string(), {});
    for (size_t i = 0; i < outputs.size(); ++i) {
        const ConstTensor* got = m.constant(outputs[i]);
        if (!got) return "output " + outputs[i] + " was not folded";
        const ConstTensor want = decodeTensorProto(
            readTensorProto(dir / "test_data_set_0" / ("output_" + std::to_string(i) + ".pb"), outputTypes[i]), dir.string(), outputs[i]);
        if (got->shape != want.shape) return "shape " + shapeToString(got->shape) + ", expected " + shapeToString(want.shape);
        // The suite (ONNX 1.12) truncates float → bfloat16; ONNX Runtime and later ONNX round to
        // nearest even, as we do (onnx/onnx#3876, #5004): one bfloat16 step apart at most.
        const bool bfloat16 = outputTypes[i] == onnx::TensorProto::BFLOAT16;
        for (size_t k = 0; k < want.values.size(); ++k) {
            const double a = got->values[k], b = want.values[k];
            if (std::isnan(a) && std::isnan(b)) continue;
            const double step = bfloat16 ? std::ldexp(1.0, std::ilogb(b) - 7) : 0;
            if (std::fabs(a - b) > 1e-6 + 1e-5 * std::fabs(b) + step)
                return "value " + std::to_string(k) + " is " + std::to_string(a) + ", expected " + std::to_string(b);
        }
    }
    return {};
}

/// The one operator of a backend test's model, or "".
std::string singleOp(const fs::path& dir)
{
    onnx::ModelProto model;
    std::ifstream in(dir / "model.onnx", std::ios::binary);
    if (!model.ParseFromIstream(&in) || model.graph().node_size() != 1) return {};
    return model.graph().node(0).op_type();
}

}  // namespace

class TestCoverage : public QObject {
    Q_OBJECT
private slots:
    void everyKindHasANativeKernel()
    {
        const auto kinds = LayerKindRegistry::instance().all();
        QVERIFY(kinds.size() >= 38);
        for (const LayerKind* k : kinds) {
            if (k->viewOnly) {  // explicitly marked: shown, never emulated
                QVERIFY2(!KernelRegistry::instance().find(k->type), ("view-only kind with a kernel: " + k->type).c_str());
                continue;
            }
            QVERIFY2(KernelRegistry::instance().find(k->type), ("no native kernel for " + k->type).c_str());
        }
    }

    void everyActivationHasMath()
    {
        const auto acts = ActivationRegistry::instance().all();
        QVERIFY(acts.size() >= 28);
        for (const ActivationKind* a : acts)
            QVERIFY2(KernelRegistry::instance().findActivation(a->name), ("no math for " + a->name).c_str());
    }

    void everyKindHasQuantizedBehaviour()
    {
        QStringList missing;
        for (const LayerKind* k : LayerKindRegistry::instance().all()) {
            if (k->viewOnly) continue;
            if (!QKernelRegistry::instance().find(k->type)) missing << QString::fromStdString("kernel:" + k->type);
            if (!QuantizeRuleRegistry::instance().find(k->type)) missing << QString::fromStdString("rule:" + k->type);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(", ")));
    }

    void everyKindHasATransposeRule()
    {
        for (const LayerKind* k : LayerKindRegistry::instance().all())
            QVERIFY2(TransposeRuleRegistry::instance().find(k->type), ("no H/W transpose rule for " + k->type).c_str());
    }

    /// Every kind the compiler can place has a cost rule; view-only kinds have none (the
    /// compiler refuses them by name).
    void everyKindHasACostRule()
    {
        for (const LayerKind* k : LayerKindRegistry::instance().all()) {
            const bool rule = LayerCostRegistry::instance().find(k->type) != nullptr;
            QVERIFY2(rule != k->viewOnly, (k->type + (rule ? ": view-only kind with a cost rule" : ": no compiler cost rule")).c_str());
        }
    }

    /// The script registry's "applied" modification commands and the full-precision stage's
    /// implementations are the same set.
    void appliedModificationsAreImplemented()
    {
        std::set<std::string> declared, implemented;
        for (const ScriptCommandSpec* c : ScriptCommandRegistry::instance().all())
            if (c->stage == ScriptStage::Modification && c->applied) declared.insert(c->name);
        for (const std::string& name : ModelModificationRegistry::instance().names()) implemented.insert(name);
        QCOMPARE(declared, implemented);
    }

    /// Every quantization command (or algorithm) declared applied has a reader in the
    /// interpreter, and every reader serves a command declared applied.
    void appliedQuantizationStatementsAreRead()
    {
        std::set<std::string> declared;
        for (const ScriptCommandSpec* c : ScriptCommandRegistry::instance().all()) {
            if (c->stage != ScriptStage::Quantization || !c->applied) continue;
            if (c->algorithms.empty()) declared.insert(c->name);
            for (const auto& [algorithm, spec] : c->algorithms)
                if (spec.applied) declared.insert(c->name + "(" + algorithm + ")");
        }
        QVERIFY(declared.size() >= 12);
        for (const std::string& key : declared) QVERIFY2(hasStatementReader(key), ("applied but never read: " + key).c_str());
        for (const char* unread : {"model_optimization_config(checker_cfg)", "post_quantization_optimization(train_encoding)"})
            QVERIFY2(!hasStatementReader(unread), unread);
    }

    /// The compilation commands declared applied are the ones the compiler reads.
    void appliedCompilationCommandsAreRead()
    {
        std::set<std::string> declared;
        for (const ScriptCommandSpec* c : ScriptCommandRegistry::instance().all())
            if (c->stage == ScriptStage::Compilation && c->applied) declared.insert(c->name);
        const auto read = compilationCommandsRead();
        QCOMPARE(declared, std::set<std::string>(read.begin(), read.end()));
    }

    /// The registry holds the defaults the typed settings read: every numeric default parses.
    void registryDefaultsAreNumbersWhereTheTypeSaysSo()
    {
        for (const ScriptCommandSpec* c : ScriptCommandRegistry::instance().all()) {
            std::vector<const ScriptArgSpec*> args;
            for (const auto& k : c->keywords) args.push_back(&k);
            for (const auto& [name, a] : c->algorithms)
                for (const auto& k : a.keywords) args.push_back(&k);
            for (const ScriptArgSpec* a : args) {
                if ((a->type != ScriptArgType::Int && a->type != ScriptArgType::Float) || a->defaultValue.empty()) continue;
                size_t used = 0;
                const double v = std::stod(a->defaultValue, &used);
                QVERIFY2(used == a->defaultValue.size(), (c->name + "." + a->name).c_str());
                QVERIFY2(v >= a->min && v <= a->max, (c->name + "." + a->name + " default outside its range").c_str());
            }
        }
        QCOMPARE(CalibrationSettings().calibsetSize, int64_t{64});
        QCOMPARE(CalibrationSettings().batchSize, int64_t{8});
    }

    /// Each constant folder against the ONNX backend suite's one-node tests of its operator:
    /// the inputs become constants, the outputs must fold to the expected values. A folder that
    /// no backend test exercises fails the test.
    void everyConstantFolderMatchesTheBackendSuite()
    {
        if (!fs::exists(kBackendNodeTests)) QFAIL("libonnx-testdata is not installed (scripts/install-deps.sh installs it)");
        std::map<std::string, int> passed;
        QStringList failures, refused, declined;  // declined: not foldable (random training dropout)
        for (const auto& e : fs::directory_iterator(kBackendNodeTests)) {
            const std::string op = singleOp(e.path());
            if (op.empty() || !ConstantFolderRegistry::instance().find(op)) continue;
            try {
                const std::string why = foldBackendTest(e.path());
                if (why.empty()) ++passed[op];
                else if (why.ends_with("was not folded")) declined << QString::fromStdString(e.path().filename().string());
                else failures << QString::fromStdString(e.path().filename().string() + ": " + why);
            } catch (const Error& err) {  // dtypes and variants the importer refuses (fp16, bf16, strings)
                refused << QString::fromStdString(e.path().filename().string() + " (" + errorCodeName(err.code()) + ")");
            }
        }
        int folded = 0;
        for (const auto& [op, n] : passed) folded += n;
        qInfo("%d backend tests fold as the suite expects; not folded: %s; refused by the importer: %s", folded,
              qPrintable(declined.join(", ")), qPrintable(refused.join(", ")));
        for (const QString& f : failures) qWarning("%s", qPrintable(f));
        for (const std::string& op : ConstantFolderRegistry::instance().names())
            QVERIFY2(passed[op] > 0, ("no backend test exercises the folder of " + op).c_str());
        QCOMPARE(failures.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCoverage)
#include "test_coverage.moc"
