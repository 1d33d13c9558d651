#include "binary_text.h"

#include "text_util.h"

namespace dfc::ui {

QString BinaryText::describeStream(const HefStream& s)
{
    const QString shape = s.order == "NC" ? QString::number(s.features)
                                          : QString("%1x%2x%3").arg(s.height).arg(s.width).arg(s.features);
    QString html = "<b>" + (s.input ? tr("Input stream") : tr("Output stream")) + "</b> " + toQ(s.name).toHtmlEscaped() + "<br>";
    html += QString("%1, %2(%3)%4<br>").arg(s.dataBytes == 2 ? "UINT16" : "UINT8", toQ(s.order), shape,
                                         s.transposed ? " " + tr("transposed on the device") : QString());
    html += tr("Quantization: zero point %1, scale %2, range [%3, %4]").arg(s.zeroPoint).arg(s.scale, 0, 'g', 6).arg(s.limMin, 0, 'g', 5).arg(s.limMax, 0, 'g', 5) + "<br>";
    html += tr("Context %1").arg(s.context);
    return html;
}

QString BinaryText::describeBinary(const HefInfo& info)
{
    QString html = "<b>" + tr("Compiled binary (.hef)") + "</b><br>";
    html += tr("Target: %1").arg(toQ(info.hwArch)) + "<br>";
    html += tr("Network group: %1, %n context(s)", "", int(info.contexts.size())).arg(toQ(info.networkGroup).toHtmlEscaped()) + "<br>";
    html += tr("Estimated: %1 FPS, latency %2 ms (batch 1)").arg(info.bottleneckFps, 0, 'f', 1).arg(info.latencySeconds * 1e3, 0, 'f', 2) + "<br>";
    html += tr("Container V%1, %2 MB").arg(info.containerVersion).arg(double(info.fileBytes) / 1e6, 0, 'f', 2);
    for (const auto* list : {&info.inputs, &info.outputs})
        for (const HefStream& s : *list) html += "<br><br>" + describeStream(s);
    return html;
}

}  // namespace dfc::ui
