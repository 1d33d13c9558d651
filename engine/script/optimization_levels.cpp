#include "script/optimization_levels.h"

namespace dfc {

const std::vector<OptimizationLevel>& optimizationLevels()
{
    // User guide, model_optimization_flavor: −100 nothing; 0 equalization; 1 + iterative bias
    // correction; 2 + fine-tuning (4 epochs, 1024 images); 3 and 4 equalization + AdaRound on all
    // layers with 256 and 1024 images. Level 2 fine-tunes level 1's result (bias correction
    // stays): fine-tuning keeps its kernels only when they beat that result on held-out items,
    // so level 2 is never worse than level 1 on data it did not train on.
    static const std::vector<OptimizationLevel> levels = {
        {-100, false, false, false, false, 0, 0, "nothing: every default algorithm is off", ""},
        {0, true, false, false, false, 0, 64, "equalization", ""},
        {1, true, true, false, false, 0, 64, "equalization + iterative bias correction", ""},
        {2, true, true, true, false, 0, 1024, "equalization + iterative bias correction + fine-tuning (4 epochs, 1024 images)", ""},
        {3, true, false, false, true, 256, 256, "equalization + AdaRound on every layer, 256 images", ""},
        {4, true, false, false, true, 1024, 1024, "equalization + AdaRound on every layer, 1024 images", ""},
    };
    return levels;
}

const OptimizationLevel* findOptimizationLevel(int level)
{
    for (const OptimizationLevel& l : optimizationLevels())
        if (l.level == level) return &l;
    return nullptr;
}

const std::vector<CompressionLevel>& compressionLevels()
{
    // User guide: level N puts 20·N % of the weight memory in 4 bits (the largest layers first,
    // never the first or the last).
    static const std::vector<CompressionLevel> levels = {
        {0, 0.0, "all weights 8-bit"},
        {1, 0.2, "20 % of the weight memory in 4 bits"},
        {2, 0.4, "40 % of the weight memory in 4 bits"},
        {3, 0.6, "60 % of the weight memory in 4 bits"},
        {4, 0.8, "80 % of the weight memory in 4 bits"},
        {5, 1.0, "all eligible weights in 4 bits"},
    };
    return levels;
}

const CompressionLevel* findCompressionLevel(int level)
{
    for (const CompressionLevel& l : compressionLevels())
        if (l.level == level) return &l;
    return nullptr;
}

std::string explainOptimizationLevel(const OptimizationLevel& l)
{
    auto onOff = [](bool on) { return on ? "on" : "off"; };
    std::string text = "optimization_level " + std::to_string(l.level) + ": " + l.summary + "\n";
    text += std::string("  equalization: ") + onOff(l.equalization) + "\n";
    text += std::string("  bias_correction (iterative): ") + onOff(l.biasCorrection) + "\n";
    text += std::string("  finetune (distillation against the native model): ") + onOff(l.finetune);
    if (l.finetune) text += " (4 epochs, up to 1024 images, kept only when better on held-out images)";
    text += "\n";
    text += std::string("  adaround: ") + onOff(l.adaround);
    if (l.adaround) text += " (every supported layer, " + std::to_string(l.adaroundImages) + " images)";
    text += "\n";
    if (l.level > -100)
        text += "  mix_precision_search: on unless the script sets precisions (raises the most sensitive layers to 16 bits "
                "when the 8-bit outputs fall under the target SNR, 40 dB by default)\n";
    if (!l.notRun.empty()) text += "  not run by this version: " + l.notRun + "\n";
    if (l.recommendedImages > 0)
        text += "  calibration set: at least " + std::to_string(l.recommendedImages) + " items recommended\n";
    return text;
}

}  // namespace dfc
