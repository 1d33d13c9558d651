// dfc analyze-noise FILE.har --data-path P [--data-count N] [--batch-size B]
// Layer noise analysis of a quantized HAR: per layer, the output SNR with only that layer
// quantized and its own SNR with all layers quantized; stored in the HAR (<net>.noise.json).
#include <iomanip>
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "core/error.h"
#include "pipeline/runner.h"

namespace dfc::cli {
namespace {

struct NoiseOptions {
    std::string har, data, output;
    bool random = false;
    int64_t count = 16, batch = 0, show = 10;  ///< batch 0: the calibration default
};

void runAnalyzeNoise(const NoiseOptions& o)
{
    if (o.data.empty() && !o.random) fail(ErrorCode::InvalidArgument, "give --data-path P or --use-random-data");
    Runner runner;
    runner.loadHar(o.har);
    CalibrationOptions data;
    data.path = o.data;
    data.random = o.random;
    data.size = o.count;
    data.batchSize = o.batch;
    const NoiseReport report = runner.analyzeNoise(data, terminalProgress("analyzing noise"));
    std::cout << std::fixed << std::setprecision(2);
    std::cout << "all layers quantized, SNR per output (dB):";
    for (size_t i = 0; i < report.outputs.size(); ++i) std::cout << " " << report.outputs[i] << "=" << report.fullOutputSnrDb[i];
    std::cout << "\nlayers whose quantization alone hurts the outputs most (worst output SNR, dB):\n";
    std::cout << "  " << std::left << std::setw(32) << "layer" << std::right << std::setw(12) << "output SNR" << std::setw(12)
              << "on-layer" << std::setw(10) << "clipped" << std::setw(11) << "range use" << std::setw(9) << "spread" << std::setw(11) << "w. use"
              << "  causes\n";
    int64_t shown = 0;
    for (const LayerNoise* n : report.ranking()) {
        if (shown++ >= o.show) break;
        std::cout << "  " << std::left << std::setw(32) << n->layer << std::right << std::setw(12)
                  << n->worstOutputSnrDb() << std::setw(12) << n->onLayerSnrDb << std::setw(9) << n->clippedShare * 100 << "%"
                  << std::setw(10) << n->rangeUse * 100 << "%" << std::setw(9) << n->channelSpread << std::setw(10) << n->weightRangeUse * 100 << "%  ";
        for (size_t c = 0; c < n->causes.size(); ++c) std::cout << (c ? ", " : "") << noiseCauseName(n->causes[c]);
        std::cout << "\n";
    }
    std::cout << "what to try (model-script lines; mix_precision_search chooses 16-bit layers by this measure):\n";
    shown = 0;
    for (const LayerNoise* n : report.ranking()) {
        if (shown++ >= std::min<int64_t>(o.show, 5)) break;
        const NoiseRemedy r = suggestedRemedy(*n);
        std::cout << "  " << r.line << "  # " << n->layer << ": " << r.why << "\n";
    }
    const std::string out = o.output.empty() ? o.har : o.output;
    runner.saveHar(out);
    std::cout << "analysis of " << report.layers.size() << " layers over " << report.images << " items saved in " << out << "\n";
}

}  // namespace

void addAnalyzeNoiseCommand(CLI::App& app)
{
    auto o = std::make_shared<NoiseOptions>();
    auto* cmd = app.add_subcommand("analyze-noise", "Layer noise analysis of a quantized HAR (SNR per layer)");
    cmd->add_option("har", o->har, "The quantized .har file")->required()->check(CLI::ExistingFile);
    cmd->add_option("--data-path", o->data, "Data: .npy, .npz, a directory of .npy or of PNG/JPEG images");
    cmd->add_flag("--use-random-data", o->random, "Random data (uniform [0, 1))");
    cmd->add_option("--data-count", o->count, "Items used at most (default 16)")->check(CLI::PositiveNumber);
    cmd->add_option("--batch-size", o->batch, "Items per batch (default: the calibration batch size)")->check(CLI::PositiveNumber);
    cmd->add_option("--show", o->show, "How many layers to list (default 10)")->check(CLI::NonNegativeNumber);
    cmd->add_option("--output-har-path", o->output, "Where to write the HAR with the analysis (default: in place)");
    cmd->callback([o] { runAnalyzeNoise(*o); });
}

}  // namespace dfc::cli
