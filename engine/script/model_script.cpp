#include "script/model_script.h"

#include <functional>
#include <map>

#include "core/error.h"
#include "script/optimization_levels.h"
#include "script/script_commands.h"
#include "script/script_parser.h"

namespace dfc {
namespace {

using Severity = ScriptDiagnostic::Severity;

/// What a reader fills and how it reports a problem at a statement.
struct Interpretation {
    ModelScript& out;
    void error(const ScriptLocation& at, std::string message)
    {
        out.check.diagnostics.push_back({Severity::Error, out.source.file, at, std::move(message)});
        ++out.check.errors;
    }
};

/// Reads one kind of statement ("command" or "command(algorithm)") into the typed settings.
/// Only keywords the registry declares applied are read; the checker reports the others.
using StatementReader = std::function<void(const ScriptStatement&, Interpretation&)>;

std::optional<bool> policyOf(const ScriptStatement& st)
{
    const ScriptArgument* p = st.keyword("policy");
    if (!p) return std::nullopt;
    if (p->value.text == "enabled") return true;
    if (p->value.text == "disabled") return false;
    return std::nullopt;  // "allowed": the level decides
}

std::vector<double> numbers(const ScriptArgument* a)
{
    std::vector<double> v;
    if (!a) return v;
    if (a->value.kind == ScriptValue::Kind::List)
        for (const auto& item : a->value.items) v.push_back(item.number);
    else v.push_back(a->value.number);
    return v;
}

LayerSelection layersOf(const ScriptStatement& st)
{
    LayerSelection s;
    if (const ScriptArgument* a = st.keyword("layers")) s.value = a->value;
    return s;
}

template <typename T>
void readNumber(const ScriptStatement& st, const char* keyword, T& field)
{
    if (const ScriptArgument* a = st.keyword(keyword)) field = static_cast<T>(a->value.number);
}

std::optional<ClippingRule> clippingRule(const ScriptStatement& st, Interpretation& in)
{
    ClippingRule rule;
    if (const ScriptArgument* m = st.keyword("mode")) rule.mode = m->value.text;
    rule.values = numbers(st.keyword("clipping_values"));
    const bool needsPair = rule.mode == "manual" || rule.mode == "percentile" || rule.mode == "percentile_force";
    if (needsPair && rule.values.size() != 2) {
        in.error(st.at, "clipping mode " + rule.mode + " needs clipping_values=[low, high]");
        return std::nullopt;
    }
    if (needsPair && rule.values[0] > rule.values[1]) {
        in.error(st.at, "clipping_values must be [low, high] with low <= high");
        return std::nullopt;
    }
    return rule;
}

void readFlavor(const ScriptStatement& st, Interpretation& in)
{
    QuantizationSettings& q = in.out.quantization;
    if (const ScriptArgument* a = st.keyword("optimization_level")) {
        const int level = static_cast<int>(a->value.number);
        if (findOptimizationLevel(level)) q.optimizationLevel = level;
        else in.error(a->value.at, "optimization_level " + a->value.text + " is not defined (levels: -100, 0, 1, 2, 3, 4)");
    }
    if (const ScriptArgument* a = st.keyword("compression_level")) q.compressionLevel = static_cast<int>(a->value.number);
}

void readQuantizationParam(const ScriptStatement& st, Interpretation& in)
{
    const auto pos = st.positional();
    const ScriptArgument* mode = st.keyword("precision_mode");
    if (pos.empty() || !mode) return;
    in.out.quantization.precisionModes.push_back({{pos[0]->value}, mode->value.text, st.at});
}

/// A policy statement switches an algorithm (without `layers`) or sets it per layer (with it);
/// true for the per-layer form, which carries nothing else.
bool readPolicy(const ScriptStatement& st, std::optional<bool>& algorithm, std::vector<LayerRule<bool>>& perLayer)
{
    const std::optional<bool> p = policyOf(st);
    if (st.keyword("layers")) {
        if (p) perLayer.push_back({layersOf(st), *p, st.at});
        return true;
    }
    if (p) algorithm = p;
    return false;
}

void readEqualization(const ScriptStatement& st, Interpretation& in)
{
    readPolicy(st, in.out.quantization.equalization, in.out.quantization.equalizationLayers);
}

void readZeroStaticChannels(const ScriptStatement& st, Interpretation& in)
{
    QuantizationSettings& q = in.out.quantization;
    if (!readPolicy(st, q.zeroStaticChannels, q.zeroStaticLayers)) readNumber(st, "eps", q.zeroStaticEps);
}

void readActivationClipping(const ScriptStatement& st, Interpretation& in)
{
    if (auto rule = clippingRule(st, in)) in.out.quantization.activationClipping.push_back({layersOf(st), *rule, st.at});
}

void readWeightsClipping(const ScriptStatement& st, Interpretation& in)
{
    const auto rule = clippingRule(st, in);
    if (!rule) return;
    if (!st.keyword("layers")) in.out.quantization.defaultWeightsClipping = rule->mode;
    else in.out.quantization.weightsClipping.push_back({layersOf(st), *rule, st.at});
}

/// The algorithm switch (without `layers`) or a per-layer policy (with it), and the training
/// parameters.
void readAdaRound(const ScriptStatement& st, Interpretation& in)
{
    QuantizationSettings& q = in.out.quantization;
    if (readPolicy(st, q.adaround, q.adaroundLayers)) return;
    readNumber(st, "epochs", q.adaroundEpochs);
    readNumber(st, "batch_size", q.adaroundBatchSize);
    if (const ScriptArgument* a = st.keyword("dataset_size")) q.adaroundDatasetSize = static_cast<int64_t>(a->value.number);
    readNumber(st, "learning_rate", q.adaroundOptions.learningRate);
    readNumber(st, "weight", q.adaroundOptions.weight);
    readNumber(st, "warmup", q.adaroundOptions.warmup);
    if (const ScriptArgument* v = st.keyword("train_bias"))
        q.adaroundOptions.trainBias = v->value.text != "False" && v->value.text != "false";
    if (const ScriptArgument* v = st.keyword("mode")) q.adaroundTrainAll = v->value.text == "train_all";
    const std::vector<double> range = numbers(st.keyword("b_range"));
    if (range.size() == 2) q.adaroundOptions.betaStart = range[0], q.adaroundOptions.betaEnd = range[1];
}

void readPrecisionSearch(const ScriptStatement& st, Interpretation& in)
{
    QuantizationSettings& q = in.out.quantization;
    if (auto p = policyOf(st)) q.precisionSearch = p;
    readNumber(st, "target_snr", q.precisionSearchTargetDb);
    readNumber(st, "max_16bit_share", q.precisionSearchMaxShare);
    readNumber(st, "dataset_size", q.precisionSearchDatasetSize);
}

void readFinetune(const ScriptStatement& st, Interpretation& in)
{
    QuantizationSettings& q = in.out.quantization;
    FinetuneConfig& f = q.finetuneOptions;
    if (auto p = policyOf(st)) q.finetune = p;
    readNumber(st, "dataset_size", f.datasetSize);
    readNumber(st, "batch_size", f.batchSize);
    readNumber(st, "epochs", f.epochs);
    readNumber(st, "learning_rate", f.learningRate);
    readNumber(st, "warmup_epochs", f.warmupEpochs);
    readNumber(st, "decay_epochs", f.decayEpochs);
    readNumber(st, "decay_rate", f.decayRate);
    if (const ScriptArgument* a = st.keyword("def_loss_type")) f.defaultLossType = a->value.text;
    if (const ScriptArgument* a = st.keyword("lr_schedule_type")) f.constantRate = a->value.text == "constant";
    if (const ScriptArgument* a = st.keyword("bias_only")) f.biasOnly = a->value.text == "True" || a->value.text == "true";
    if (const ScriptArgument* a = st.keyword("loss_layer_names")) q.finetuneLossLayers = LayerSelection{a->value};
    if (const ScriptArgument* a = st.keyword("loss_types")) {
        q.finetuneLossTypes.clear();
        if (a->value.kind == ScriptValue::Kind::List)
            for (const auto& item : a->value.items) q.finetuneLossTypes.push_back(item.text);
        else q.finetuneLossTypes.push_back(a->value.text);
    }
    if (const ScriptArgument* a = st.keyword("loss_factors")) q.finetuneLossFactors = numbers(a);
    if (const ScriptArgument* a = st.keyword("layers_to_freeze")) {
        f.freeze.clear();
        if (a->value.kind == ScriptValue::Kind::List)
            for (const auto& item : a->value.items) f.freeze.push_back(item.text);
        else f.freeze.push_back(a->value.text);
    }
}

void readSeed(const ScriptStatement& st, Interpretation& in)
{
    const auto pos = st.positional();
    const ScriptArgument* a = st.keyword("seed");
    if (!a && !pos.empty()) a = pos[0];
    if (a) in.out.quantization.seed = static_cast<uint64_t>(a->value.number);
}

const std::map<std::string, StatementReader>& readers()
{
    static const std::map<std::string, StatementReader> table = {
        {"model_optimization_flavor", readFlavor},
        {"model_optimization_config(calibration)",
         [](const ScriptStatement& st, Interpretation& in) {
             readNumber(st, "calibset_size", in.out.calibration.calibsetSize);
             readNumber(st, "batch_size", in.out.calibration.batchSize);
         }},
        {"model_optimization_config(compression_params)",
         [](const ScriptStatement& st, Interpretation& in) {
             if (const ScriptArgument* a = st.keyword("auto_4bit_weights_ratio")) in.out.quantization.auto4bitRatio = a->value.number;
         }},
        {"quantization_param", readQuantizationParam},
        {"pre_quantization_optimization(equalization)", readEqualization},
        {"pre_quantization_optimization(dead_channels_removal)",
         [](const ScriptStatement& st, Interpretation& in) {
             if (auto p = policyOf(st)) in.out.quantization.deadChannelsRemoval = *p;
         }},
        {"pre_quantization_optimization(zero_static_channels)", readZeroStaticChannels},
        {"pre_quantization_optimization(activation_clipping)", readActivationClipping},
        {"pre_quantization_optimization(weights_clipping)", readWeightsClipping},
        {"post_quantization_optimization(bias_correction)",
         [](const ScriptStatement& st, Interpretation& in) {
             if (auto p = policyOf(st)) in.out.quantization.biasCorrection = p;
         }},
        {"post_quantization_optimization(adaround)", readAdaRound},
        {"post_quantization_optimization(mix_precision_search)", readPrecisionSearch},
        {"post_quantization_optimization(finetune)", readFinetune},
        {"set_seed", readSeed},
    };
    return table;
}

}  // namespace

CalibrationSettings::CalibrationSettings()
    : calibsetSize(static_cast<int64_t>(
          ScriptCommandRegistry::instance().defaultNumber("model_optimization_config", "calibration", "calibset_size"))),
      batchSize(static_cast<int64_t>(
          ScriptCommandRegistry::instance().defaultNumber("model_optimization_config", "calibration", "batch_size")))
{
}

void ModelScript::throwIfErrors() const
{
    for (const ScriptDiagnostic& d : check.diagnostics)
        if (d.severity == ScriptDiagnostic::Severity::Error) fail(ErrorCode::InvalidArgument, d.message, d.file, d.at.text());
}

bool hasStatementReader(const std::string& key) { return readers().count(key) != 0; }

ModelScript interpretScript(Script script, const Graph* graph)
{
    ModelScript out;
    out.source = std::move(script);
    out.check = checkScript(out.source, graph);
    Interpretation in{out};
    const ScriptCommandRegistry& registry = ScriptCommandRegistry::instance();
    std::vector<ScriptStatement> transposes;
    for (const ScriptStatement& st : out.source.statements) {
        const ScriptCommandSpec* spec = registry.find(st.command);
        if (!spec) continue;  // the checker reported it
        if (spec->stage == ScriptStage::Compilation) out.compilation.push_back(st);
        if (spec->stage == ScriptStage::Modification && registry.applied(st))
            (st.command == "transpose" ? transposes : out.modifications).push_back(st);
        auto reader = readers().find(ScriptCommandRegistry::statementKey(st, *spec));
        if (reader != readers().end()) reader->second(st, in);
    }
    out.modifications.insert(out.modifications.end(), transposes.begin(), transposes.end());
    return out;
}

ModelScript readModelScript(const std::string& path, const Graph* graph)
{
    return interpretScript(parseScriptFile(path), graph);
}

}  // namespace dfc
