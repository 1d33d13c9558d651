#include "noise_text.h"

namespace dfc::ui {

QString NoiseText::causeName(NoiseCause cause)
{
    switch (cause) {
    case NoiseCause::Clipping: return tr("clipped range");
    case NoiseCause::OutlierRange: return tr("outliers set the range");
    case NoiseCause::ChannelSpread: return tr("channel ranges differ");
    case NoiseCause::FewWeightBits: return tr("4-bit weights");
    case NoiseCause::WeightOutliers: return tr("weight outliers");
    case NoiseCause::Amplified: return tr("amplified downstream");
    }
    return {};
}

QString NoiseText::explanation(NoiseCause cause, const LayerNoise& l)
{
    switch (cause) {
    case NoiseCause::Clipping:
        return tr("%1 % of the float values fall outside the chosen range. Try a wider clipping percentile, or 16 bits.")
            .arg(l.clippedShare * 100, 0, 'f', 1);
    case NoiseCause::OutlierRange:
        return tr("99.9 % of the values use only %1 % of the range: rare outliers set the step. Try Clip activations at a "
                  "percentile, or 16 bits.")
            .arg(l.rangeUse * 100, 0, 'f', 1);
    case NoiseCause::ChannelSpread:
        return tr("One channel's range is %1× the median channel's, and all channels share one scale. Equalization can even "
                  "them out; otherwise 16 bits.")
            .arg(l.channelSpread, 0, 'f', 0);
    case NoiseCause::FewWeightBits: return tr("The weights are 4-bit. Try 8-bit weights (a lower compression level).");
    case NoiseCause::WeightOutliers:
        return tr("Most weights use only %1 % of their channel's range: a few large weights set the step. Try Clip weights, "
                  "or 16 bits.")
            .arg(l.weightRangeUse * 100, 0, 'f', 1);
    case NoiseCause::Amplified:
        return tr("Its own values stay close (%1 dB), yet quantized alone it takes an output to %2 dB: later layers (a division, "
                  "a normalization by a variance, an exponent) magnify its error. Try 16 bits here and on what follows.")
            .arg(l.onLayerSnrDb, 0, 'f', 1)
            .arg(l.worstOutputSnrDb(), 0, 'f', 1);
    }
    return {};
}

QString NoiseText::explanations(const LayerNoise& l)
{
    if (l.causes.empty()) return tr("No cause measured: the range is used well; 16 bits is what is left to try.");
    QStringList lines;
    for (NoiseCause c : l.causes) lines << explanation(c, l);
    return lines.join('\n');
}

}  // namespace dfc::ui
