#pragma once
// The noise analysis's causes in the user's language: what was measured and what to try (the
// point-and-click fix that addresses it).
#include <QCoreApplication>
#include <QString>

#include "pipeline/runner.h"

namespace dfc::ui {

class NoiseText {
    Q_DECLARE_TR_FUNCTIONS(NoiseText)

public:
    static QString causeName(NoiseCause cause);  ///< a few words, for a table cell
    /// One sentence with this layer's measured number, then what to try.
    static QString explanation(NoiseCause cause, const LayerNoise& layer);
    /// Every cause of the layer, one per line ("No cause measured" when none).
    static QString explanations(const LayerNoise& layer);
};

}  // namespace dfc::ui
