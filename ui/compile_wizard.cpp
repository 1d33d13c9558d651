#include "compile_wizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>

#include "core/error.h"
#include "job.h"
#include "job_progress_widget.h"
#include "model_document.h"
#include "profile_charts.h"
#include "script/model_script.h"
#include "script/script_parser.h"
#include "script_lines.h"
#include "text_util.h"
#include "wizard_pages.h"

namespace dfc::ui {

namespace {

const ResourceCaps& defaultCapsOf(const QString& hwArch, bool performanceMode)
{
    const HwArch& hw = Runner::hwArchDescription(hwArch.toStdString());
    return performanceMode ? hw.performanceCaps : hw.defaultCaps;
}

QString capText(double v) { return QString::number(v, 'g', 3); }

QDoubleSpinBox* capSpin(QWidget* parent, const QString& name)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(5, 100);
    spin->setDecimals(0);
    spin->setSingleStep(5);
    spin->setSuffix(" %");
    return spin;
}

QString mbPerSecond(double bytes) { return QString::number(bytes / 1e6, 'f', 0); }

}  // namespace

CompileWizard::CompileWizard(ModelDocument* doc, QWidget* parent) : QWizard(parent), mDoc(doc)
{
    setObjectName("compileWizard");
    setWindowTitle(tr("Compile %1").arg(doc->displayName()));
    setPage(TargetPage, makeTargetPage());
    setPage(ResourcesPage, makeResourcesPage());
    setPage(RunPage, makeRunPage());
    readScriptChoices();
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == RunPage) startRun();
        else if (mDoc->stageJob()->isRunning()) mDoc->stageJob()->cancel();  // Back from a run stops it
    });
    connect(mDoc, &ModelDocument::compileFinished, this, [this] {
        if (isRunning()) finishRun(true, resultText() + "<br><br>" + tr("Finish shows the profiler report."));
    });
    connect(mDoc, &ModelDocument::stageFailed, this, [this](const JobError& e) {
        if (isRunning()) finishRun(false, "<b>" + tr("Compilation failed:") + "</b> " + e.text.toHtmlEscaped());
    });
    connect(mDoc, &ModelDocument::stageCancelled, this, [this] {
        if (isRunning()) finishRun(false, tr("Cancelled: the model is as it was before."));
    });
    resize(720, 560);
}

QList<QPair<QString, QString>> CompileWizard::hostLinkPresets()
{
    return {{QString(), tr("The module's own link")},
            {"gen2x1", tr("Raspberry Pi 5 with an AI Kit or AI HAT+ (PCIe Gen2, 1 lane)")},
            {"gen3x1", tr("Raspberry Pi 5 with PCIe Gen3 switched on (1 lane)")},
            {"gen3x2", tr("PCIe Gen3, 2 lanes")},
            {"gen3x4", tr("PCIe Gen3, 4 lanes (an M.2 M-key slot)")},
            {"gen4x4", tr("PCIe Gen4, 4 lanes")}};
}

QWizardPage* CompileWizard::makeTargetPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Target"));
    page->setSubTitle(tr("The accelerator the model runs on, and how it reaches the host. The link limits models whose "
                         "inputs, outputs or context switches move a lot of data."));
    mTarget = new QComboBox(page);
    mTarget->setObjectName("compileTarget");
    for (const std::string& name : Runner::hwArchNames()) mTarget->addItem(toQ(name), toQ(name));
    mTargetText = new QLabel(page);
    mHostLink = new QComboBox(page);
    mHostLink->setObjectName("hostLink");
    for (const auto& [name, label] : hostLinkPresets()) mHostLink->addItem(label, name);
    mHostLinkText = new QLabel(page);
    for (QLabel* l : {mTargetText, mHostLinkText}) l->setWordWrap(true);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Target:"), mTarget);
    form->addRow(QString(), mTargetText);
    form->addRow(tr("Host link:"), mHostLink);
    form->addRow(QString(), mHostLinkText);
    connect(mTarget, &QComboBox::currentIndexChanged, this, [this] {
        resetCapsToDefaults();
        updateTexts();
    });
    connect(mHostLink, &QComboBox::currentIndexChanged, this, &CompileWizard::updateTexts);
    return page;
}

QWizardPage* CompileWizard::makeResourcesPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Resources"));
    page->setSubTitle(tr("How much of each context the compiler may fill, and when it may split the model into contexts "
                         "(the device switches between them, loading each one's weights)."));
    mPerformance = new QCheckBox(tr("Performance mode: fill more of each context, FPS first"), page);
    mPerformance->setObjectName("performanceMode");
    mContextSwitch = new QComboBox(page);
    mContextSwitch->setObjectName("contextSwitch");
    mContextSwitch->addItem(tr("Allowed: one context when the model fits, else as few as needed"), int(ContextSwitchMode::Allowed));
    mContextSwitch->addItem(tr("Enabled: split into contexts even when one would do"), int(ContextSwitchMode::Enabled));
    mContextSwitch->addItem(tr("Disabled: one context, or an error saying what does not fit"), int(ContextSwitchMode::Disabled));
    mContextSwitchText = new QLabel(page);
    mContextSwitchText->setWordWrap(true);
    mControl = capSpin(page, "capControl");
    mCompute = capSpin(page, "capCompute");
    mMemory = capSpin(page, "capMemory");
    mScriptLines = new QLabel(page);
    mScriptLines->setObjectName("compileScriptLines");
    mScriptLines->setWordWrap(true);
    mScriptLines->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* form = new QFormLayout;
    form->addRow(QString(), mPerformance);
    form->addRow(tr("Context switch:"), mContextSwitch);
    form->addRow(QString(), mContextSwitchText);
    form->addRow(tr("Layer controllers (LCUs) at most:"), mControl);
    form->addRow(tr("Compute (subclusters, APUs, aligners) at most:"), mCompute);
    form->addRow(tr("Memory (L3 cuts) at most:"), mMemory);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(mScriptLines);
    layout->addStretch(1);
    connect(mPerformance, &QCheckBox::toggled, this, [this] {
        resetCapsToDefaults();
        updateTexts();
    });
    connect(mContextSwitch, &QComboBox::currentIndexChanged, this, &CompileWizard::updateTexts);
    for (QDoubleSpinBox* s : {mControl, mCompute, mMemory}) connect(s, &QDoubleSpinBox::valueChanged, this, &CompileWizard::updateTexts);
    return page;
}

QWizardPage* CompileWizard::makeRunPage()
{
    mRunPage = new StageRunPage("compileStatus", this);
    mRunPage->setTitle(tr("Compiling"));
    return mRunPage;
}

void CompileWizard::readScriptChoices()
{
    Choices c;
    c.hwArch = mDoc->hwArch();
    c.hostLink = mDoc->hostLink();
    const ResourceCaps& caps = defaultCapsOf(c.hwArch, false);
    c.control = caps.control, c.compute = caps.compute, c.memory = caps.memory;
    try {
        const ModelScript script = interpretScript(parseScript(mDoc->modelScript().toStdString(), "script"), &mDoc->graph());
        const CompileSettings s = mDoc->runner().compileSettings(script);
        c.performanceMode = s.performanceMode;
        c.contextSwitch = s.contextSwitch;
        c.control = s.caps.control, c.compute = s.caps.compute, c.memory = s.caps.memory;
    } catch (const Error&) {
        // A script that does not check out: start from the defaults; the run reports the error.
    }
    setChoices(c);
}

void CompileWizard::setChoices(const Choices& c)
{
    const QSignalBlocker blockTarget(mTarget), blockPerformance(mPerformance);
    mTarget->setCurrentIndex(std::max(0, mTarget->findData(c.hwArch)));
    const QString link = c.hostLink ? toQ(c.hostLink->name()) : QString();
    if (mHostLink->findData(link) < 0) mHostLink->addItem(tr("PCIe %1").arg(link), link);  // a link from a project
    mHostLink->setCurrentIndex(mHostLink->findData(link));
    mPerformance->setChecked(c.performanceMode);
    mContextSwitch->setCurrentIndex(std::max(0, mContextSwitch->findData(int(c.contextSwitch))));
    mControl->setValue(c.control * 100);
    mCompute->setValue(c.compute * 100);
    mMemory->setValue(c.memory * 100);
    updateTexts();
}

CompileWizard::Choices CompileWizard::choices() const
{
    Choices c;
    c.hwArch = mTarget->currentData().toString();
    const QString link = mHostLink->currentData().toString();
    if (!link.isEmpty()) c.hostLink = HostLink::parse(link.toStdString());
    c.performanceMode = mPerformance->isChecked();
    c.contextSwitch = ContextSwitchMode(mContextSwitch->currentData().toInt());
    c.control = mControl->value() / 100, c.compute = mCompute->value() / 100, c.memory = mMemory->value() / 100;
    return c;
}

QString CompileWizard::withCompileChoices(const QString& script, const Choices& c)
{
    QString s = withCommandLine(script, "performance_param", c.performanceMode ? "performance_param(compiler_optimization_level=max)" : "");
    const char* mode = contextSwitchModeName(c.contextSwitch);
    s = withCommandLine(s, "context_switch_param",
                        c.contextSwitch == ContextSwitchMode::Allowed ? "" : QString("context_switch_param(mode=%1)").arg(mode));
    // Caps equal to the mode's defaults need no line (the compiler picks them); the spin boxes
    // hold whole percents, so compare at that grain.
    const ResourceCaps& d = defaultCapsOf(c.hwArch, c.performanceMode);
    auto same = [](double a, double b) { return std::lround(a * 100) == std::lround(b * 100); };
    const bool defaults = same(c.control, d.control) && same(c.compute, d.compute) && same(c.memory, d.memory);
    s = withCommandLine(s, "resources_param",
                        defaults ? ""
                                 : QString("resources_param(max_control_utilization=%1, max_compute_utilization=%2, "
                                           "max_memory_utilization=%3)")
                                       .arg(capText(c.control), capText(c.compute), capText(c.memory)));
    return s;
}

void CompileWizard::resetCapsToDefaults()
{
    const ResourceCaps& d = defaultCapsOf(mTarget->currentData().toString(), mPerformance->isChecked());
    mControl->setValue(d.control * 100);
    mCompute->setValue(d.compute * 100);
    mMemory->setValue(d.memory * 100);
}

void CompileWizard::updateTexts()
{
    const HwArch& hw = Runner::hwArchDescription(mTarget->currentData().toString().toStdString());
    mTargetText->setText(tr("%1: %2 clusters, %3 subclusters, %4 TOPS peak at %5 MHz.")
                             .arg(toQ(hw.name))
                             .arg(hw.clusters)
                             .arg(hw.totalSubclusters())
                             .arg(hw.peakOpsPerSecond() / 1e12, 0, 'f', 1)
                             .arg(hw.clockHz / 1e6, 0, 'f', 0));
    const QString link = mHostLink->currentData().toString();
    const double bytes = link.isEmpty() ? hw.hostBytesPerSecond : HostLink::parse(link.toStdString()).bytesPerSecond();
    mHostLinkText->setText(link.isEmpty() ? tr("%1 MB/s each way, as the target's description gives it.").arg(mbPerSecond(bytes))
                                          : tr("PCIe %1: %2 MB/s each way after line coding. Only the profiler's estimates "
                                               "change; the compiled binary is the same.")
                                                .arg(link, mbPerSecond(bytes)));
    switch (ContextSwitchMode(mContextSwitch->currentData().toInt())) {
    case ContextSwitchMode::Allowed:
        mContextSwitchText->setText(tr("The usual choice: contexts only when the model does not fit the caps at once."));
        break;
    case ContextSwitchMode::Enabled:
        mContextSwitchText->setText(tr("Gives each context more room (more subclusters per layer) at the cost of a switch "
                                       "per batch; worth it for large batches."));
        break;
    case ContextSwitchMode::Disabled:
        mContextSwitchText->setText(tr("For low latency: no switches. A model that does not fit fails with the reason."));
        break;
    }
    const QString before = mDoc->modelScript();
    const QString after = withCompileChoices(before, choices());
    QStringList lines;
    for (const char* command : {"performance_param", "context_switch_param", "resources_param"})
        if (const QString l = commandLine(after, command); !l.isEmpty()) lines << l.toHtmlEscaped();
    mScriptLines->setText(lines.isEmpty() ? tr("The model script needs no compilation line for these choices (the target's defaults).")
                                          : tr("The model script gets:") + "<br><tt>" + lines.join("<br>") + "</tt>");
}

QString CompileWizard::resultText() const
{
    const nlohmann::ordered_json* r = mDoc->profileReport();
    if (!r) return {};
    const auto& p = (*r)["performance"];
    const auto& c = (*r)["contexts"];
    QString text = "<b>" + tr("Compiled for %1: %n context(s).", "", c["count"].get<int>()).arg(toQ((*r)["hw_arch"].get<std::string>())) +
                   "</b><br>" + tr("Why: %1.").arg(toQ(c["why"].get<std::string>()).toHtmlEscaped());
    text += "<br>" + tr("%1 FPS at batch 1, %2 FPS at batch 8; latency %3 ms; %4 W.")
                         .arg(p["fps_batch_1"].get<double>(), 0, 'f', 1)
                         .arg(p["fps_batch_8"].get<double>(), 0, 'f', 1)
                         .arg(p["latency_ms"].get<double>(), 0, 'f', 3)
                         .arg(p["power_w"].get<double>(), 0, 'f', 2);
    text += "<br>" + tr("Limited by %1.").arg(toQ(p["limited_by"].get<std::string>()).toHtmlEscaped());
    for (const auto& ctx : c["items"])
        text += "<br>" + tr("Context %1: %2 layers, %3 FPS alone, bottleneck %4 (%5).")
                             .arg(ctx["index"].get<int>())
                             .arg(ctx["layers"].get<int>())
                             .arg(ctx["fps"].get<double>(), 0, 'f', 1)
                             .arg(toQ(ctx["bottleneck"].get<std::string>()), paceReason(*r, ctx["bottleneck"].get<std::string>()));
    return text;
}

void CompileWizard::startRun()
{
    const Choices c = choices();
    mRunPage->begin(mDoc->stageJob(), tr("Compiling for %1…").arg(c.hwArch));
    // The choices land in the document as one undoable step: target, host link, script lines.
    mDoc->setCompileChoices(withCompileChoices(mDoc->modelScript(), c), c.hwArch, c.hostLink, tr("Compile settings"));
    mDoc->compile();
    if (!mDoc->stageJob()->isRunning() && isRunning())
        finishRun(false, tr("The model cannot be compiled now: optimize it first, and wait for running jobs."));
}

bool CompileWizard::isRunning() const { return mRunPage->isRunning(); }
bool CompileWizard::succeeded() const { return mRunPage->succeeded(); }

void CompileWizard::finishRun(bool succeeded, const QString& text) { mRunPage->finish(succeeded, text); }

void CompileWizard::reject()
{
    if (mDoc->stageJob()->isRunning()) mDoc->stageJob()->cancel();
    QWizard::reject();
}

}  // namespace dfc::ui
