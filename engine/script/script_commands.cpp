#include "script/script_commands.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/error.h"

namespace dfc {
namespace {

/// A number as a user writes it: "2", "0.5", "-100".
std::string formatNumber(double v)
{
    if (v == std::floor(v) && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
    std::string t = std::to_string(v);
    t.erase(t.find_last_not_of('0') + 1);
    return t;
}

using T = ScriptArgType;

ScriptArgSpec choice(std::string name, std::vector<std::string> values, std::string def = {})
{
    return {std::move(name), T::Choice, std::move(def), std::move(values)};
}
ScriptArgSpec policy(std::string def = "enabled", bool allowed = true)
{
    std::vector<std::string> v = {"enabled", "disabled"};
    if (allowed) v.push_back("allowed");
    return choice("policy", v, std::move(def));
}
ScriptArgSpec integer(std::string name, std::string def, double min, double max = std::numeric_limits<double>::infinity())
{
    return {std::move(name), T::Int, std::move(def), {}, min, max};
}
ScriptArgSpec real(std::string name, std::string def, double min = -std::numeric_limits<double>::infinity(),
                   double max = std::numeric_limits<double>::infinity())
{
    return {std::move(name), T::Float, std::move(def), {}, min, max};
}
ScriptArgSpec flag(std::string name, std::string def) { return {std::move(name), T::Bool, std::move(def)}; }
ScriptArgSpec of(std::string name, ScriptArgType t, std::string def = {}) { return {std::move(name), t, std::move(def)}; }
/// A choice of which some values are accepted and not carried out.
ScriptArgSpec choiceNotApplied(std::string name, std::vector<std::string> applied, const std::vector<std::string>& notApplied)
{
    ScriptArgSpec spec = choice(std::move(name), std::move(applied), "");
    spec.choices.insert(spec.choices.end(), notApplied.begin(), notApplied.end());
    spec.valuesNotApplied = notApplied;
    return spec;
}
/// A keyword this build accepts and does not act on ("accepted, not applied" when used).
ScriptArgSpec ignored(ScriptArgSpec spec)
{
    spec.applied = false;
    return spec;
}
ScriptAlgorithmSpec carriedOut(std::vector<ScriptArgSpec> keywords) { return {std::move(keywords), true}; }
ScriptAlgorithmSpec notCarriedOut(std::vector<ScriptArgSpec> keywords) { return {std::move(keywords), false}; }
ScriptCommandSpec applied(ScriptCommandSpec spec)
{
    spec.applied = true;
    return spec;
}

const std::vector<std::string> kPrecisionModes = {
    "a8_w8", "a8_w4", "a16_w16", "a16_w8", "a16_w4", "a8_w4_exp", "a16_w16_non_zero", "native", "a8_w8_a8",
    "a8_w8_a16", "a8_w4_a8", "a8_w4_a16", "a16_w16_a8", "a16_w16_a16", "a16_w8_a8", "a16_w8_a16", "a16_w4_a16",
    "a16_w4_a8"};

std::vector<ScriptArgSpec> trainingArgs(const std::string& epochs)
{
    return {policy("disabled", false), integer("dataset_size", "1024", 1), integer("batch_size", "", 1),
            integer("epochs", epochs, 0), real("learning_rate", ""), choice("def_loss_type", {"ce", "l2", "l2rel", "cosine"}, "l2rel"),
            of("loss_layer_names", T::Layers), of("loss_types", T::Any), of("loss_factors", T::FloatList),
            of("native_layers", T::Layers), choice("native_activations", {"allowed", "enabled", "disabled"}, "enabled"),
            integer("val_images", "4096", 0), integer("val_batch_size", "128", 0), flag("stop_gradient_at_loss", "False"),
            flag("force_pruning", "True"), of("layers_to_freeze", T::Layers),
            choice("lr_schedule_type", {"cosine_restarts", "co-sine_restarts", "exponential", "constant"}, "cosine_restarts"),
            real("decay_rate", "0.5"), integer("decay_epochs", "1", 0), integer("warmup_epochs", "1", 0), real("warmup_lr", ""),
            choice("optimizer", {"adam", "sgd", "momentum", "rmsprop"}, "adam"), flag("bias_only", "False"),
            choice("warmup_strategy", {"constant", "gradual"}, "gradual"), real("wraparound_factor", "0.1", 0),
            integer("shuffle_buffer_size", "1", 0), of("layers", T::Layers), flag("train_scales", "False"),
            of("meta_arch", T::String)};
}

/// Fine-tuning's keywords (quantizer/finetune.h): the vendor's training arguments, of which these
/// are accepted and not acted on. Validation between epochs is replaced by the held-out quarter
/// that judges the result; Adam is the only optimizer; every layer's activations are quantized.
std::vector<ScriptArgSpec> finetuneArgs()
{
    static const std::set<std::string> notActedOn = {"native_layers", "native_activations", "val_images", "val_batch_size",
                                                     "stop_gradient_at_loss", "force_pruning", "warmup_lr", "optimizer",
                                                     "warmup_strategy", "wraparound_factor", "shuffle_buffer_size", "layers",
                                                     "train_scales", "meta_arch"};
    std::vector<ScriptArgSpec> args = trainingArgs("4");
    for (ScriptArgSpec& a : args) {
        if (notActedOn.count(a.name)) a.applied = false;
        if (a.name == "lr_schedule_type") a = choiceNotApplied("lr_schedule_type", {"cosine_restarts", "co-sine_restarts", "constant"}, {"exponential"});
    }
    return args;
}

void addModificationCommands(std::vector<ScriptCommandSpec>& c)
{
    const auto M = ScriptStage::Modification;
    c.push_back(applied({"normalization", M, "Subtract a per-channel mean and divide by a std at an input: normalization(mean, std[, input])"}));
    c.push_back(applied({"input_conversion", M, "Convert input formats on the device (yuy2/nv12/i420 → yuv/rgb, bgr ↔ rgb)",
                 {flag("emulator_support", "False")}}));
    c.push_back({"yuv_to_rgb", M, "Convert YUV input to RGB on the device (older spelling of input_conversion)"});
    c.push_back(applied({"transpose", M, "Run the network with height and width swapped: transpose([input, …]) (all inputs when none)"}));
    c.push_back(applied({"resize", M, "Resize an input from the source resolution to the model's: resize(input, resize_shapes=[h, w])",
                 {of("resize_shapes", T::Shape), choice("engine", {"nn_core", "cpu", "auto"}, "nn_core"),
                  choice("resize_method", {"bilinear", "nearest_neighbor"}, "bilinear"),
                  choice("pixels_mode", {"align_corners", "half_pixels", "disable", "disabled"}, "align_corners")},
                 true}));
    c.push_back({"resize_input", M, "Resize an input (older spelling of resize)", {}, true});
    c.push_back(applied({"change_output_activation", M, "Replace the activation of an output layer: change_output_activation(layer, sigmoid)"}));
    c.push_back(applied({"logits_layer", M, "Add a softmax or argmax layer after an output", {}, true}));
    c.push_back(applied({"remove_node", M, "Remove a layer and reconnect its neighbours"}));
    c.push_back({"nms_postprocess", M, "Add NMS post-processing from a config JSON or a meta architecture",
                 {choice("meta_arch", {"ssd", "centernet", "yolov5", "yolov5_seg", "yolov6", "yolov8", "yolox", "nanodet", "damoyolo"}),
                  choice("engine", {"nn_core", "cpu", "auto"}, "nn_core"), of("config_path", T::String)},
                 true});
    c.push_back({"convert_to_dense", M, "Convert a layer to a dense layer", {}, true});
}

void addQuantizationCommands(std::vector<ScriptCommandSpec>& c)
{
    const auto Q = ScriptStage::Quantization;
    // Level 2's fine-tuning is not run by this version (see script/optimization_levels.h); the
    // defaults are this tool's, the CPU defaults the vendor documents.
    ScriptArgSpec level = integer("optimization_level", "0", -100, 4);
    c.push_back(applied({"model_optimization_flavor", Q, "Optimization effort (0–4) and 4-bit compression (0–5)",
                         {level, integer("compression_level", "0", 0, 5), ignored(integer("batch_size", "", 1))}}));
    c.push_back(applied({"set_seed", Q, "Set the random seed of the optimization algorithms", {integer("seed", "0", 0)}}));
    ScriptCommandSpec config = applied({"model_optimization_config", Q, "Configure calibration, compression, checker and globals"});
    config.algorithms["calibration"] = carriedOut({integer("batch_size", "8", 1), integer("calibset_size", "64", 1)});
    config.algorithms["compression_params"] = carriedOut({real("auto_4bit_weights_ratio", "0", 0, 1), ignored(real("auto_16bit_weights_ratio", "0", 0, 1))});
    config.algorithms["negative_exponent"] = notCarriedOut({integer("split_threshold", "2", 1), integer("rank", "1", 0, 1),
                                              choice("auto_clip", {"allowed", "enabled", "disabled"}, "disabled"),
                                              choice("auto_remove_offset", {"allowed", "enabled", "disabled"}, "disabled"),
                                              of("layers", T::Layers)});
    config.algorithms["globals"] = notCarriedOut({choice("multi-proc_policy", {"allowed", "enabled", "disabled"}, "allowed"),
                                    choice("multiproc_policy", {"allowed", "enabled", "disabled"}, "allowed"),
                                    choice("output_encoding_vector", {"allowed", "enabled", "disabled"}, "disabled"),
                                    choice("output_16bit", {"allowed", "enabled", "disabled"}, "disabled")});
    config.algorithms["checker_cfg"] = notCarriedOut({policy("enabled", false), integer("dataset_size", "16", 1), integer("batch_size", "", 1),
                                        choice("analyze_mode", {"simple", "advanced"}, "simple"), flag("batch_norm_checker", "True")});
    c.push_back(config);
    // Only precision_mode is carried out; the other per-layer knobs are accepted.
    std::vector<ScriptArgSpec> quantizationKeywords = {
        choice("bias_mode", {"single_scale_decomposition", "double_scale_initialization", "double_scale_decomposition"}),
        integer("max_bias_feed_repeat", "32", 1), integer("quantization_groups", "1", 1), of("force_range_out", T::FloatList),
        of("force_range_in", T::FloatList), integer("max_elementwise_feed_repeat", "4", 1),
        real("null_channels_cutoff_factor", "1e-4", 0), choice("output_encoding_vector", {"enabled", "disabled"}),
        integer("weight_group_size", "", 1), of("force_shift", T::Any), integer("force_range_index", "", 0),
        of("activation_fit", T::Any)};
    for (ScriptArgSpec& k : quantizationKeywords) k.applied = false;
    quantizationKeywords.insert(quantizationKeywords.begin(), choice("precision_mode", kPrecisionModes, "a8_w8"));
    c.push_back(applied({"quantization_param", Q, "Per-layer quantization: precision_mode (a8_w8, a8_w4, a16_w16, …), bias_mode, …",
                         quantizationKeywords}));
    ScriptCommandSpec pre = applied({"pre_quantization_optimization", Q, "Full-precision algorithms before quantization"});
    pre.algorithms["dead_channels_removal"] = carriedOut({policy("disabled", false)});
    pre.algorithms["zero_static_channels"] = carriedOut({policy("disabled"), real("eps", "1e-7", 0), of("layers", T::Layers)});
    pre.algorithms["se_optimization"] = notCarriedOut({choice("method", {"tse"}, "tse"), choice("mode", {"sequential", "custom", "disabled"}, "disabled"),
                                         of("layers", T::Layers), integer("count", "", 1), of("tile_height", T::Any)});
    pre.algorithms["equalization"] = carriedOut({policy("enabled"), ignored(choice("equalization_target", {"default", "activation", "weights"}, "default")),
                                      ignored(choice("force_transparent", {"allowed", "enabled", "disabled"}, "allowed")),
                                      ignored(choice("validate_change", {"allowed", "enabled", "disabled"}, "enabled")), of("layers", T::Layers)});
    pre.algorithms["weights_clipping"] = carriedOut({choice("mode", {"disabled", "manual", "percentile", "mmse", "mmse_if4b"}, "mmse_if4b"),
                                          of("clipping_values", T::FloatList), of("layers", T::Layers)});
    pre.algorithms["activation_clipping"] = carriedOut({choice("mode", {"disabled", "manual", "percentile", "percentile_force"}, "disabled"),
                                             of("clipping_values", T::FloatList), ignored(flag("recollect_stats", "False")), of("layers", T::Layers)});
    pre.algorithms["ew_add_fusing"] = notCarriedOut({policy("enabled", false), choice("infusible_ew_add_type", {"conv", "ew_add"}, "ew_add")});
    pre.algorithms["layer_decomposition"] = notCarriedOut({policy("allowed"), of("layers", T::Layers)});
    pre.algorithms["decompose_conv_factor"] = notCarriedOut({policy("allowed"), of("layers", T::Layers), of("factor", T::Any)});
    pre.algorithms["smart_softmax_stats"] = notCarriedOut({policy("enabled"), integer("dc_channels", "16", 1)});
    pre.algorithms["defuse"] = notCarriedOut({integer("num_splits", "", 1), choice("defuse_type", {"input_features", "mha"}), of("layers", T::Layers)});
    pre.algorithms["resolution_reduction"] = notCarriedOut({of("shape", T::Shape), choice("interpolation", {"disabled", "bilinear"}, "bilinear"),
                                              of("layers", T::Layers)});
    pre.algorithms["global_avgpool_reduction"] = notCarriedOut({of("division_factors", T::Shape), of("layers", T::Layers)});
    pre.algorithms["add_shortcut_layer"] = notCarriedOut({of("target", T::Layers), of("name", T::String), of("activation", T::String, "linear")});
    pre.algorithms["layer_norm_decomposition"] = notCarriedOut({flag("eq_consumer", "False"), of("layers", T::Layers),
                                                  choice("bit_decomposition_mode", {"split_precision", "uniform_precision"}),
                                                  choice("equalization", {"allowed", "enabled", "disabled"})});
    pre.algorithms["matmul_correction"] = notCarriedOut({of("correction_type", T::String, "zp_comp_weights"), of("layers", T::Layers)});
    pre.algorithms["matmul_equalization"] = notCarriedOut({policy("allowed"), choice("matmul_bias", {"allowed", "enabled", "disabled"}, "disabled"),
                                             of("layers", T::Layers)});
    pre.algorithms["matmul_decomposition"] = notCarriedOut({policy("disabled"), choice("precision_mode", kPrecisionModes, "a16_w8"), of("layers", T::Layers)});
    pre.algorithms["switch_concat_with_add"] = notCarriedOut({policy("disabled"), of("layers", T::Layers)});
    pre.algorithms["split_ew_mult_by_bit_significance"] = notCarriedOut({integer("num_splits", "", 1), of("layers", T::Layers)});
    pre.algorithms["use_prequantized_weights"] = notCarriedOut({choice("mode", {"limvals", "kernel_vals"}, "kernel_vals"), policy("allowed"),
                                                  integer("bits", "4", 1), integer("groups", "-1", -1), of("layers", T::Layers)});
    pre.algorithms["conv_decomposition"] = notCarriedOut({integer("sub_group_size", "128", 1), of("pm_ew_adds", T::String, "a16_w16"),
                                            flag("allow_equlize_block", "False"), flag("sort_channels_by_stats", "False"), of("layers", T::Layers)});
    pre.algorithms["split_fused_activation"] = notCarriedOut({policy("enabled"), of("layers", T::Layers)});
    pre.algorithms["quarot"] = notCarriedOut({policy("disabled"), choice("equalize_inputs", {"allowed", "enabled", "disabled"}, "allowed"),
                                choice("equalize_outputs", {"allowed", "enabled", "disabled"}, "allowed")});
    pre.algorithms["conv_a16_w4"] = notCarriedOut({policy("disabled"), choice("shift_high", {"allowed", "enabled", "disabled"}, "disabled"),
                                     of("layers", T::Layers)});
    c.push_back(pre);
    ScriptCommandSpec post = applied({"post_quantization_optimization", Q, "Algorithms after quantization (bias correction, fine-tuning, AdaRound)"});
    post.algorithms["bias_correction"] = carriedOut({policy("disabled"), ignored(choice("cache_compression", {"enabled", "disabled"}, "disabled")),
                                                      ignored(of("layers", T::Layers))});
    post.algorithms["train_encoding"] = notCarriedOut(trainingArgs("8"));
    post.algorithms["finetune"] = carriedOut(finetuneArgs());
    post.algorithms["adaround"] = carriedOut({policy("disabled"), real("learning_rate", "0.001", 0), integer("batch_size", "32", 1),
                                   integer("dataset_size", "1024", 1), integer("epochs", "320", 0), real("warmup", "0.2", 0, 1),
                                   real("weight", "0.01", 0), flag("train_bias", "True"), ignored(integer("bias_correction_count", "64", 0)),
                                   choice("mode", {"train_4bit", "train_all"}, "train_4bit"),
                                   ignored(choice("cache_compression", {"enabled", "disabled"}, "disabled")),
                                   of("b_range", T::FloatList, "[20, 2]"), ignored(real("decay_start", "0.2", 0, 1)), of("layers", T::Layers)});
    // On by default here (the vendor's is off): see QuantizationSettings::resolve. target_snr and
    // max_16bit_share are this tool's; the vendor's other keywords are accepted.
    post.algorithms["mix_precision_search"] = carriedOut({policy("allowed"), integer("dataset_size", "16", 1), real("target_snr", "40", 0, 150),
                                               real("max_16bit_share", "0.8", 0, 1), ignored(integer("batch_size", "", 1)),
                                               ignored(real("snr_cap", "", 0)), ignored(of("compresions_markers", T::FloatList)),
                                               ignored(of("optimizer", T::String)), ignored(of("output_regularizer", T::Any)),
                                               ignored(of("comprecision_metric", T::String))});
    c.push_back(post);
}

void addCompilationCommands(std::vector<ScriptCommandSpec>& c)
{
    const auto C = ScriptStage::Compilation;
    // Compiler knobs: the allocator owns their meaning; their keywords pass through unchecked.
    const std::vector<std::pair<const char*, const char*>> open = {
        {"allocator_param", "Resource allocator settings (timeouts, automatic DDR/portals, seeds, …)"},
        {"compilation_param", "Per-layer compilation settings (resources_allocation_strategy, …)"},
        {"context_switch_param", "Context switching: mode, goal_network_* targets"},
        {"resources_param", "Maximum utilization per resource type"},
        {"performance_param", "compiler_optimization_level=max / fps targets"},
        {"platform_param", "Target platform settings (low PCIe bandwidth, hef_version, …)"},
        {"hef_param", "Settings of the produced binary"},
        {"buffers", "Buffers between two layers: buffers(a, b, count)"},
        {"place", "Place layers into a cluster of a context: context_0.place(cluster, [layers])"},
        {"context", "Declare a context: context_0 = context([layers])"},
        {"network_group", "Group networks: net = network_group([net])"},
        {"shortcut", "Insert a shortcut layer between two layers"},
        {"portal", "Insert a portal between two layers"},
        {"l4_portal", "Insert an L4 portal between two layers"},
        {"ddr", "Keep a connection in DDR between two layers"},
        {"concat", "Split a concatenation across layers"},
        {"defuse", "Split a layer into parts: a, b, c = defuse(layer, 2, defuse_type=SPATIAL)"},
        {"defuse_block", "Split a block of layers: { a: [..] } = defuse_block(a, …, defuse_count=4)"},
        {"merge", "Merge layers into one"},
        {"bucket", "Group layers into a bucket: b0 = bucket([layers])"},
        {"format_conversion", "Insert a format conversion layer"},
        {"shape_splitter", "Split a layer's shape"},
        {"feature_splitter", "Split a layer's features"},
        {"output_layer", "Mark an output layer"},
        {"output_mux", "Multiplex outputs"},
        {"mux_demux", "Multiplex and demultiplex a connection"},
        {"join", "Join layers"},
        {"transpose_concat", "Transpose a concatenation"},
        {"optimize_buffers", "Optimize buffers between layers"},
        {"buffer_calc_param", "Buffer calculation settings"},
        {"spatial_reshape_flow_params", "Spatial reshape flow settings"},
        {"resources_calc_param", "Resource calculation flow settings"}};
    // What the compiler reads (compiler/compile_settings.cpp); their other keywords are accepted
    // and reported as not applied.
    const std::map<std::string, std::vector<ScriptArgSpec>> read = {
        {"resources_param", {real("max_utilization", "", 0, 1.2), real("max_control_utilization", "", 0.05, 1.2),
                             real("max_compute_utilization", "", 0.05, 1.0), real("max_memory_utilization", "", 0.05, 1.0),
                             real("max_apu_utilization", "", 0.05, 1.0), real("max_input_aligner_utilization", "", 0.05, 1.0)}},
        // fps=None (saved allocations write it) means no target; number_of_subclusters=0 marks a
        // layer without subclusters; mode=automatic and manual are older spellings.
        {"performance_param", {of("compiler_optimization_level", T::Any), of("fps", T::Any)}},
        {"context_switch_param", {choice("mode", {"allowed", "enabled", "disabled", "automatic", "manual"}, "allowed")}},
        {"compilation_param", {integer("number_of_subclusters", "", 0, 64)}},
        {"context", {}},
        {"place", {}},
        // The part-wise forms are carried out; the others rewrite the layer into other kinds of
        // layer (a deconvolution into a convolution and depth-to-space, a wide depthwise into
        // reshapes and a 1x1, …), which this build does not model.
        {"defuse", {choiceNotApplied("defuse_type", {"FEATURES", "SPATIAL", "INPUT_FEATURES"},
                                     {"COMPUTE_LANES", "DECONV", "SUPER_DECONV", "SUPER_DW", "NMS", "RESIZE_TRANSPOSE",
                                      "SPATIAL_RESHAPE", "EW_MULT_ON_MAC"}),
                    flag("splitter", "False")}},
        // buffers' optional FULL_ROW / PARTIAL_ROW is positional; ddr names its portal as a target.
        {"buffers", {}},
        {"merge", {}},
        {"ddr", {}},
        // The user guide: automatic DDR portals default to on; the vendor's saved allocations
        // write the threshold 25. The allocator's search knobs (timeouts, seeds, …) stay not applied.
        {"allocator_param", {of("automatic_ddr", T::Any), integer("automatic_ddr_l3_cuts_threshold", "25", 1)}}};
    for (const auto& [name, help] : open) {
        ScriptCommandSpec s{name, C, help};
        s.openKeywords = true;
        if (auto it = read.find(name); it != read.end()) {
            s.applied = true;
            s.keywords = it->second;
            s.appliedOnObject = s.name == "place";  // context_k.place(…); per-context caps are not applied
        }
        c.push_back(s);
    }
}

}  // namespace

const char* scriptStageName(ScriptStage s)
{
    switch (s) {
    case ScriptStage::Modification: return "modification";
    case ScriptStage::Quantization: return "quantization";
    case ScriptStage::Compilation: return "compilation";
    }
    return "?";
}

const ScriptCommandRegistry& ScriptCommandRegistry::instance()
{
    static const ScriptCommandRegistry registry = [] {
        ScriptCommandRegistry r;
        std::vector<ScriptCommandSpec> specs;
        addModificationCommands(specs);
        addQuantizationCommands(specs);
        addCompilationCommands(specs);
        for (auto& s : specs) r.add(std::move(s));
        return r;
    }();
    return registry;
}

void ScriptCommandRegistry::add(ScriptCommandSpec spec)
{
    const std::string name = spec.name;
    mCommands.insert_or_assign(name, std::move(spec));
}

const ScriptCommandSpec* ScriptCommandRegistry::find(const std::string& name) const
{
    auto it = mCommands.find(name);
    return it == mCommands.end() ? nullptr : &it->second;
}

std::vector<const ScriptCommandSpec*> ScriptCommandRegistry::all() const
{
    std::vector<const ScriptCommandSpec*> out;
    for (const auto& [name, spec] : mCommands) out.push_back(&spec);
    return out;
}

const std::vector<ScriptArgSpec>* ScriptCommandSpec::keywordsFor(const std::string& algorithm) const
{
    if (algorithms.empty()) return &keywords;
    auto it = algorithms.find(algorithm);
    return it == algorithms.end() ? nullptr : &it->second.keywords;
}

const ScriptArgSpec* ScriptCommandSpec::keyword(const std::string& algorithm, const std::string& name) const
{
    if (const auto* list = keywordsFor(algorithm))
        for (const ScriptArgSpec& k : *list)
            if (k.name == name) return &k;
    return nullptr;
}

double ScriptCommandRegistry::defaultNumber(const std::string& command, const std::string& algorithm,
                                            const std::string& keyword) const
{
    const ScriptCommandSpec* spec = find(command);
    const ScriptArgSpec* arg = spec ? spec->keyword(algorithm, keyword) : nullptr;
    if (!arg || arg->defaultValue.empty())
        fail(ErrorCode::Internal, "the script registry declares no default for " + command + "(" + algorithm + ", " + keyword + ")");
    return std::stod(arg->defaultValue);
}

std::string ScriptCommandRegistry::statementKey(const ScriptStatement& st, const ScriptCommandSpec& spec)
{
    const auto pos = st.positional();
    return spec.algorithms.empty() || pos.empty() ? spec.name : spec.name + "(" + pos[0]->value.text + ")";
}

std::vector<std::string> ScriptCommandRegistry::ignoredKeywords(const ScriptStatement& st) const
{
    std::vector<std::string> ignored;
    const ScriptCommandSpec* spec = find(st.command);
    if (!spec) return ignored;
    const auto pos = st.positional();
    const std::string algorithm = spec->algorithms.empty() || pos.empty() ? std::string() : pos[0]->value.text;
    for (const ScriptArgument& a : st.args) {
        if (a.keyword.empty()) continue;
        const ScriptArgSpec* k = spec->keyword(algorithm, a.keyword);
        if (!k) {  // unknown: an error the checker reports, or an open command's knob nobody reads
            if (spec->openKeywords) ignored.push_back(a.keyword);
            continue;
        }
        if (!k->applied) {
            ignored.push_back(a.keyword);
            continue;
        }
        const std::string value = a.value.kind == ScriptValue::Kind::Number ? formatNumber(a.value.number) : a.value.text;
        if (std::find(k->valuesNotApplied.begin(), k->valuesNotApplied.end(), value) != k->valuesNotApplied.end())
            ignored.push_back(a.keyword + "=" + value);
    }
    return ignored;
}

bool ScriptCommandRegistry::applied(const ScriptStatement& st) const
{
    const ScriptCommandSpec* spec = find(st.command);
    if (!spec || !spec->applied || (!st.object.empty() && !spec->appliedOnObject)) return false;
    if (!spec->algorithms.empty()) {
        const auto pos = st.positional();
        auto it = pos.empty() ? spec->algorithms.end() : spec->algorithms.find(pos[0]->value.text);
        if (it == spec->algorithms.end() || !it->second.applied) return false;
    }
    return ignoredKeywords(st).empty();
}

std::string ScriptCommandRegistry::closest(const std::string& name) const
{
    auto distance = [](const std::string& a, const std::string& b) {
        std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
        for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
        for (size_t i = 1; i <= a.size(); ++i) {
            cur[0] = i;
            for (size_t j = 1; j <= b.size(); ++j)
                cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
            std::swap(prev, cur);
        }
        return prev[b.size()];
    };
    std::string best;
    size_t bestDistance = std::max<size_t>(3, name.size() / 3) + 1;
    for (const auto& [candidate, spec] : mCommands)
        if (const size_t d = distance(name, candidate); d < bestDistance) best = candidate, bestDistance = d;
    return best;
}

}  // namespace dfc
