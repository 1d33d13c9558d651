// The compile and profile stage in the Studio, offscreen: the compile wizard compiles the demo
// model (MobileNetV2, quantized on random data) and writes its choices as script lines; Cancel
// leaves the quantized model; the report view shows the numbers of the JSON report `dfc
// profiler` writes for the same HAR, field by field; a context selects its layers in the graph;
// the overlays colour layers by their profiled numbers; the host link changes the estimate.
#include <QtTest>

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QLocale>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>

#include "compile_fixes.h"
#include "compile_wizard.h"
#include "docks/compile_history_dock.h"
#include "docks/context_utilization_dock.h"
#include "docks/properties_dock.h"
#include "graph/graph_items.h"
#include "graph/graph_scene.h"
#include "io/atomic_file.h"
#include "layer_overlay.h"
#include "main_window.h"
#include "model_document.h"
#include "model_view.h"
#include "parse_review_widget.h"
#include "pipeline/runner.h"
#include "profile_layer_table.h"
#include "profile_report_view.h"
#include "welcome_page.h"
#include "profiler/profile_report.h"
#include "script_lines.h"
#include "stage_bar.h"
#include "test_support.h"
#include "zoo/onnx_builder.h"

using namespace dfc;
using namespace dfc::ui;

class TestProfileView : public QObject {
    Q_OBJECT
    QTemporaryDir mDir;
    QString mQuantized;

    static void settle(ParseReviewWidget* r)
    {
        QTRY_VERIFY_WITH_TIMEOUT(r->document()->hasParse() && !r->document()->isParsing(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!r->parsedScene()->isLayingOut() && r->parsedScene()->nodeCount() > 0, 20000);
    }

    /// The shown text of a report number, as a number (the view groups thousands by locale).
    static double shownNumber(const QString& text) { return QLocale().toDouble(text); }

    /// The wizard's choices that write no script line: the target's default caps, its own link.
    static CompileWizard::Choices defaultChoices(const QString& hwArch)
    {
        CompileWizard::Choices c;
        c.hwArch = hwArch;
        const ResourceCaps& d = Runner::hwArchDescription(hwArch.toStdString()).defaultCaps;
        c.control = d.control, c.compute = d.compute, c.memory = d.memory;
        return c;
    }

    /// Opens the quantized demo HAR and compiles it through the wizard for hailo8l.
    static ModelDocument* compiledThroughTheWizard(MainWindow& w, const QString& har, CompileWizard::Choices choices)
    {
        ParseReviewWidget* r = w.openModel(har);
        settle(r);
        ModelDocument* doc = r->document();
        CompileWizard wizard(doc);
        wizard.setChoices(choices);
        wizard.show();
        wizard.next();
        wizard.next();
        if (!QTest::qWaitFor([&] { return !wizard.isRunning(); }, 60000) || !wizard.succeeded()) {
            qWarning("%s", qPrintable(wizard.findChild<QLabel*>("compileStatus")->text()));
            return nullptr;
        }
        wizard.accept();
        return doc;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString onnx = mDir.filePath("mobilenet_v2.onnx");
        writeFileAtomic(onnx.toStdString(), buildZooNetwork("mobilenet_v2").SerializeAsString());
        Runner runner;
        QVERIFY(runner.translate(onnx.toStdString(), {}).ok());
        CalibrationOptions calib;
        calib.random = true;
        calib.size = 4;
        runner.optimize(ModelScript{}, calib);
        mQuantized = mDir.filePath("mobilenet_v2_quantized.har");
        runner.saveHar(mQuantized.toStdString());
    }

    void scriptLinesAreReplacedNotStacked()
    {
        const QString script = "# mine\nperformance_param(fps=30)\nnormalization1 = normalization([1], [2])\nperformance_param(x=1)\n";
        const QString out = withCommandLine(script, "performance_param", "performance_param(compiler_optimization_level=max)");
        QCOMPARE(out, QString("# mine\nperformance_param(compiler_optimization_level=max)\nnormalization1 = normalization([1], [2])\n"));
        QCOMPARE(withCommandLine(out, "performance_param", ""), QString("# mine\nnormalization1 = normalization([1], [2])\n"));
        QCOMPARE(withCommandLine("", "context_switch_param", "context_switch_param(mode=enabled)"), QString("context_switch_param(mode=enabled)\n"));
        // The wizard writes only what differs from the target's defaults.
        CompileWizard::Choices c = defaultChoices("hailo8l");
        QCOMPARE(CompileWizard::withCompileChoices("", c), QString());
        c.contextSwitch = ContextSwitchMode::Enabled;
        c.memory = 0.5;
        const QString lines = CompileWizard::withCompileChoices("", c);
        QVERIFY2(lines.contains("context_switch_param(mode=enabled)") && lines.contains("max_memory_utilization=0.5") &&
                     !lines.contains("performance_param"),
                 qPrintable(lines));
    }

    /// Cancel on the run page leaves the quantized model: no compiled stage, no report.
    void cancelKeepsTheQuantizedModel()
    {
        MainWindow w;
        ParseReviewWidget* r = w.openModel(mQuantized);
        settle(r);
        ModelDocument* doc = r->document();
        CompileWizard wizard(doc);
        wizard.show();
        wizard.next();
        wizard.next();
        QVERIFY(doc->stageJob()->isRunning());
        wizard.reject();
        QTRY_VERIFY_WITH_TIMEOUT(!doc->stageJob()->isRunning(), 30000);
        QCOMPARE(doc->runner().state(), ModelState::Quantized);
        QVERIFY(!doc->isStageAvailable(ModelDocument::Stage::Compiled));
        QVERIFY(!doc->profileReport());
        QVERIFY(doc->compiles().isEmpty());
    }

    /// The wizard compiles the demo model; the report view shows what `dfc profiler --out-json`
    /// writes for the saved HAR, field by field, cell by cell.
    void wizardCompilesAndTheViewShowsTheJsonReport()
    {
        MainWindow w;
        ModelDocument* doc = compiledThroughTheWizard(w, mQuantized, defaultChoices("hailo8l"));
        QVERIFY(doc);
        QCOMPARE(doc->runner().state(), ModelState::Compiled);
        QCOMPARE(doc->hwArch(), QString("hailo8l"));
        QVERIFY(doc->isStageAvailable(ModelDocument::Stage::Profiled));
        QCOMPARE(doc->compiles().size(), 1);
        ModelView* view = w.currentView();
        QCOMPARE(view->shownStage(), ModelDocument::Stage::Profiled);
        QCOMPARE(w.stageBar()->button(ModelDocument::Stage::Profiled)->isEnabled(), true);
        // Properties shows the new binary at once (not the one before the compile).
        QVERIFY2(w.propertiesDock()->text().contains("Target: hailo8l"), qPrintable(w.propertiesDock()->text()));
        // The CLI's report of the HAR the Studio saves.
        const QString har = mDir.filePath("compiled_in_studio.har");
        doc->saveHar(har);
        Runner cli;
        cli.loadHar(har.toStdString());
        const nlohmann::ordered_json json = cli.profile(ModelScript{});
        ProfileReportView* report = view->profileReport();
        QCOMPARE(report->report()["performance"]["fps_batch_1"].get<double>(), json["performance"]["fps_batch_1"].get<double>());
        QVERIFY(report->fieldPaths().size() >= 15);
        for (const QString& path : report->fieldPaths()) {
            const nlohmann::ordered_json* v = &json;
            for (const QString& part : path.split('.')) v = &(*v)[part.toStdString()];
            const QString shown = report->shownValue(path);
            if (v->is_string()) {
                QCOMPARE(shown, QString::fromStdString(v->get<std::string>()));
                continue;
            }
            QVERIFY2(v->is_number(), qPrintable(path));
            const double want = v->get<double>();
            // Shown to 1–3 decimals: within half the last digit shown.
            const int decimals = shown.contains('.') ? int(shown.size() - shown.indexOf('.') - 1) : 0;
            QVERIFY2(std::abs(shownNumber(shown) - want) <= 0.5 * std::pow(10, -decimals) + 1e-9,
                     qPrintable(path + ": shown " + shown + ", report " + QString::number(want, 'g', 12)));
        }
        // The first frames at batch 1: one enters every 1 / FPS and stays the latency.
        {
            auto* bars = qobject_cast<QAbstractBarSeries*>(report->frameChart()->chart()->series().first());
            QVERIFY(bars && bars->barSets().size() == 2);
            const double period = 1e3 / json["performance"]["fps_batch_1"].get<double>();
            const int frames = int(bars->barSets()[0]->count());
            QCOMPARE(frames, 4);
            for (int i = 0; i < frames; ++i) {
                QVERIFY(std::abs(bars->barSets()[0]->at(i) - (frames - 1 - i) * period) < 1e-9);
                QCOMPARE(bars->barSets()[1]->at(i), json["performance"]["latency_ms"].get<double>());
            }
        }
        // The context table: a row per context with its FPS and bottleneck.
        QTableWidget* contexts = report->contextTable();
        const auto& items = json["contexts"]["items"];
        QCOMPARE(contexts->rowCount(), int(items.size()));
        for (int i = 0; i < contexts->rowCount(); ++i) {
            QCOMPARE(contexts->item(i, 3)->text(), QString::fromStdString(items[size_t(i)]["bottleneck"].get<std::string>()));
            QVERIFY(std::abs(contexts->item(i, 2)->text().toDouble() - items[size_t(i)]["fps"].get<double>()) <= 0.05);
            // Why the bottleneck sets the pace, in the words its bound_by gives.
            std::string bound;
            for (const auto& l : json["layers"])
                if (l["name"] == items[size_t(i)]["bottleneck"]) bound = l["bound_by"].get<std::string>();
            const QString why = contexts->item(i, 4)->text();
            QVERIFY2(bound == "compute" ? why.startsWith("compute: ") : bound == "apu_output" ? why.startsWith("output: ") : why.startsWith("data"),
                     qPrintable(why + " / " + QString::fromStdString(bound)));
        }
        // The layer table: every layer, every column, as the report has it.
        ProfileLayerTable* table = report->layerTable();
        QCOMPARE(table->view()->model()->rowCount(), int(json["layers"].size()));
        for (const auto& l : json["layers"]) {
            const QString name = QString::fromStdString(l["name"].get<std::string>());
            QCOMPARE(table->cellText(name, "type"), QString::fromStdString(l["type"].get<std::string>()));
            QCOMPARE(table->cellText(name, "context"), QString::number(l["context"].get<int>()));
            QVERIFY(std::abs(table->cellText(name, "fps").toDouble() - l["fps"].get<double>()) <= 1e-3 * std::max(1.0, l["fps"].get<double>()));
        }
        // The filter and the column chooser shape the CSV export.
        table->filterEdit()->setText("dw");
        table->setColumnShown("macs", false);
        const QStringList csv = table->visibleCsv().split('\n', Qt::SkipEmptyParts);
        QVERIFY(!csv.first().split(',').contains("macs") && csv.first().startsWith("name,type,context"));
        int dws = 0;
        for (const auto& l : json["layers"]) dws += QString::fromStdString(l["name"].get<std::string>()).contains("dw");
        QCOMPARE(csv.size() - 1, dws);
        // The engine's HTML and CSV come out of the view unchanged.
        const QString html = mDir.filePath("r.html");
        report->exportReport(ProfileReportView::Format::Html, html);
        QCOMPARE(QString::fromStdString(readFile(html.toStdString())), QString::fromStdString(profileHtml(report->report())));
    }

    /// A context's row, or its bar, selects exactly its layers in the parsed graph.
    void contextSelectsItsLayers()
    {
        MainWindow w;
        ModelDocument* doc = compiledThroughTheWizard(w, mQuantized, defaultChoices("hailo8l"));
        QVERIFY(doc);
        const auto& json = *doc->profileReport();
        QVERIFY2(json["contexts"]["count"].get<int>() >= 2, "MobileNetV2 on hailo8l takes two contexts (54 LCUs, 48 a context)");
        ProfileReportView* report = w.currentView()->profileReport();
        QStringList expected;
        for (const auto& l : json["layers"])
            if (l["context"].get<int>() == 1) expected << QString::fromStdString(l["name"].get<std::string>());
        report->contextTable()->selectRow(1);
        emit report->contextTable()->cellClicked(1, 0);
        QStringList selected = doc->selection();
        selected.sort();
        expected.sort();
        QCOMPARE(selected, expected);
        ParseReviewWidget* review = w.currentView()->review();
        QStringList inGraph = review->parsedScene()->selectedIds();
        inGraph.sort();
        QCOMPARE(inGraph, expected);
        // The layer table follows the shared selection.
        QCOMPARE(report->layerTable()->view()->selectionModel()->selectedRows().size(), expected.size());
        // The contexts dock: a bar group per context; a click selects that context's layers.
        ContextUtilizationDock* dock = w.contextsDock();
        QCOMPARE(dock->contexts(), json["contexts"]["count"].get<int>());
        QStringList first;
        for (const auto& l : json["layers"])
            if (l["context"].get<int>() == 0) first << QString::fromStdString(l["name"].get<std::string>());
        dock->activateContext(0);
        selected = doc->selection();
        selected.sort();
        first.sort();
        QCOMPARE(selected, first);
    }

    /// The overlays colour each layer by its profiled number: the bottleneck red on "utilization",
    /// faster layers greener on "fps", one hue per context.
    void overlayColoursFollowTheNumbers()
    {
        MainWindow w;
        ModelDocument* doc = compiledThroughTheWizard(w, mQuantized, defaultChoices("hailo8"));
        QVERIFY(doc);
        ParseReviewWidget* review = w.currentView()->review();
        const QList<LayerOverlay> overlays = LayerOverlays::of(*doc);
        QStringList ids;
        for (const LayerOverlay& o : overlays) ids << o.id;
        for (const char* id : {"fps", "utilization", "frame_ms", "power_w", "context"}) QVERIFY2(ids.contains(id), qPrintable(ids.join(",")));
        review->setOverlay("fps");
        const LayerOverlay fps = overlays[ids.indexOf("fps")];
        QString slowest, fastest;
        for (auto it = fps.values.begin(); it != fps.values.end(); ++it) {
            if (slowest.isEmpty() || it.value() < fps.values[slowest]) slowest = it.key();
            if (fastest.isEmpty() || it.value() > fps.values[fastest]) fastest = it.key();
        }
        QTRY_COMPARE(review->parsedScene()->item(slowest)->fill(), fps.colourOf(fps.values[slowest]));
        const QColor slow = review->parsedScene()->item(slowest)->fill(), fast = review->parsedScene()->item(fastest)->fill();
        QVERIFY2(slow.hueF() < 0.05 && fast.hueF() > 0.25, qPrintable(slow.name() + " " + fast.name()));  // red, green
        for (auto it = fps.values.begin(); it != fps.values.end(); ++it)
            QCOMPARE(review->parsedScene()->item(it.key())->fill(), fps.colourOf(it.value()));
        QVERIFY(review->kindLegendText().contains("FPS of the layer alone"));
        // The bottleneck of each context is the red end of the utilization scale.
        review->setOverlay("utilization");
        for (const auto& l : (*doc->profileReport())["layers"])
            if (l["bottleneck"].get<bool>())
                QCOMPARE(review->parsedScene()->item(QString::fromStdString(l["name"].get<std::string>()))->fill(),
                         overlays[ids.indexOf("utilization")].colourOf(1.0));
    }

    /// The host link is the document's (undoable); a one-lane Gen2 link slows a multi-context
    /// model, whose weights cross it at every switch.
    void hostLinkChangesTheEstimate()
    {
        MainWindow w;
        ModelDocument* doc = compiledThroughTheWizard(w, mQuantized, defaultChoices("hailo8l"));
        QVERIFY(doc);
        const double moduleFps = (*doc->profileReport())["performance"]["fps_batch_1"].get<double>();
        QSignalSpy profiled(doc, &ModelDocument::profileFinished);
        doc->setHostLink(HostLink::parse("gen2x1"));
        QTRY_COMPARE_WITH_TIMEOUT(profiled.count(), 1, 20000);
        const auto& slow = *doc->profileReport();
        QCOMPARE(QString::fromStdString(slow["hardware"]["host_link"].get<std::string>()), QString("gen2x1"));
        QCOMPARE(slow["hardware"]["host_bytes_per_second"].get<double>(), 5e8);
        QVERIFY2(slow["performance"]["fps_batch_1"].get<double>() < 0.5 * moduleFps,
                 qPrintable(QString("%1 vs %2").arg(slow["performance"]["fps_batch_1"].get<double>()).arg(moduleFps)));
        QCOMPARE(w.currentView()->profileReport()->shownValue("hardware.host_link"), QString("gen2x1"));
        doc->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(profiled.count(), 2, 20000);
        QVERIFY(!doc->hostLink());
        QCOMPARE((*doc->profileReport())["performance"]["fps_batch_1"].get<double>(), moduleFps);
    }

    /// Two compiles (hailo8l, then hailo8) compare in the Compiles dock from their reports; a
    /// compile's choices come back as one undoable step.
    void compilesCompareAndRestore()
    {
        MainWindow w;
        ModelDocument* doc = compiledThroughTheWizard(w, mQuantized, defaultChoices("hailo8l"));
        QVERIFY(doc);
        QSignalSpy compiled(doc, &ModelDocument::compileFinished);
        doc->setHwArch("hailo8");
        doc->compile();
        QTRY_COMPARE_WITH_TIMEOUT(compiled.count(), 1, 30000);
        QCOMPARE(doc->compiles().size(), 2);
        CompileHistoryDock* dock = w.compilesDock();
        QCOMPARE(dock->compared(), qMakePair(0, 1));
        QTableWidget* summary = dock->summaryTable();
        const auto& a = doc->compiles()[0].report;
        const auto& b = doc->compiles()[1].report;
        QCOMPARE(summary->item(0, 0)->text(), QString("FPS, batch 1"));
        QCOMPARE(summary->item(0, 1)->data(Qt::DisplayRole).toDouble(), a["performance"]["fps_batch_1"].get<double>());
        QCOMPARE(summary->item(0, 2)->data(Qt::DisplayRole).toDouble(), b["performance"]["fps_batch_1"].get<double>());
        QCOMPARE(summary->item(4, 1)->data(Qt::DisplayRole).toInt(), a["contexts"]["count"].get<int>());
        QCOMPARE(summary->item(4, 2)->data(Qt::DisplayRole).toInt(), b["contexts"]["count"].get<int>());
        QVERIFY(a["contexts"]["count"].get<int>() > b["contexts"]["count"].get<int>());  // hailo8 holds it in fewer
        QCOMPARE(dock->layerTable()->rowCount(), int(a["layers"].size()));
        // A row selects its layer.
        dock->layerTable()->selectRow(0);
        QCOMPARE(doc->selection(), QStringList{dock->layerTable()->item(0, 0)->text()});
        dock->restoreChoices(0);
        QCOMPARE(doc->hwArch(), QString("hailo8l"));
        doc->undoStack()->undo();
        QCOMPARE(doc->hwArch(), QString("hailo8"));
    }

    /// "More subclusters" on the slowest layer writes its compilation_param line (undoable) and
    /// re-compiles in the background: the layer gets the subclusters and runs faster.
    void moreSubclustersWhatIfRecompiles()
    {
        MainWindow w;
        ModelDocument* doc = compiledThroughTheWizard(w, mQuantized, defaultChoices("hailo8"));
        QVERIFY(doc);
        auto rowOf = [&](const QString& layer) {
            for (const auto& l : (*doc->profileReport())["layers"])
                if (l["name"].get<std::string>() == layer.toStdString()) return l;
            return nlohmann::ordered_json();
        };
        QString slowest;
        double slowestFps = INFINITY;
        for (const auto& l : (*doc->profileReport())["layers"])
            if (l["fps"].get<double>() > 0 && l["fps"].get<double>() < slowestFps && CompileFixes::moreSubclustersFor(*doc, QString::fromStdString(l["name"].get<std::string>())) > 0)
                slowestFps = l["fps"].get<double>(), slowest = QString::fromStdString(l["name"].get<std::string>());
        QVERIFY(!slowest.isEmpty());
        const int before = rowOf(slowest)["subclusters"].get<int>();
        const int asked = CompileFixes::moreSubclustersFor(*doc, slowest);
        QCOMPARE(asked, 2 * before);
        QSignalSpy compiled(doc, &ModelDocument::compileFinished);
        QVERIFY(CompileFixes::giveMoreSubclusters(doc, slowest));
        QVERIFY(doc->modelScript().contains(CompileFixes::subclustersLine(slowest, asked)));
        QTRY_COMPARE_WITH_TIMEOUT(compiled.count(), 1, 30000);
        const auto after = rowOf(slowest);
        QVERIFY2(after["subclusters"].get<int>() == asked && after["fps"].get<double>() > slowestFps,
                 qPrintable(QString("%1: %2 subclusters, %3 FPS (was %4, %5)").arg(slowest).arg(after["subclusters"].get<int>())
                                .arg(after["fps"].get<double>()).arg(before).arg(slowestFps)));
        // Asking again replaces the line rather than stacking a second one.
        if (CompileFixes::giveMoreSubclusters(doc, slowest)) {
            QTRY_COMPARE_WITH_TIMEOUT(compiled.count(), 2, 30000);
            QCOMPARE(doc->modelScript().count("compilation_param(" + slowest + ","), 1);
        }
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QVERIFY(!doc->modelScript().contains("compilation_param"));
    }

    /// "16-bit here" on a compiled model re-optimizes with the line, then compiles: the new
    /// report counts the 16-bit layer; Cancel during the chain stops it at the quantized model.
    void sixteenBitWhatIfReoptimizesThenCompiles()
    {
        MainWindow w;
        ParseReviewWidget* r = w.openModel(mDir.filePath("mobilenet_v2.onnx"));
        settle(r);
        ModelDocument* doc = r->document();
        CalibrationOptions random;
        random.random = true;
        random.size = 4;
        QSignalSpy optimized(doc, &ModelDocument::optimizeFinished);
        QSignalSpy compiled(doc, &ModelDocument::compileFinished);
        doc->optimize(random);
        QTRY_COMPARE_WITH_TIMEOUT(optimized.count(), 1, 60000);
        doc->compile();
        QTRY_COMPARE_WITH_TIMEOUT(compiled.count(), 1, 30000);
        auto sixteenBitLayers = [&] { return (*doc->profileReport())["optimization"]["layers_by_bits"].value("a16_w16", 0); };
        QCOMPARE(sixteenBitLayers(), 0);
        QVERIFY(CompileFixes::sixteenBitAndRecompile(doc, "conv3"));
        QVERIFY(doc->modelScript().contains("quantization_param(conv3, precision_mode=a16_w16)"));
        QTRY_COMPARE_WITH_TIMEOUT(compiled.count(), 2, 90000);
        QCOMPARE(optimized.count(), 2);
        QCOMPARE(doc->runner().state(), ModelState::Compiled);
        QCOMPARE(sixteenBitLayers(), 1);
        QCOMPARE(doc->compiles().size(), 2);
        // Cancelled while optimizing: no compile follows, the model stays quantized.
        QVERIFY(CompileFixes::sixteenBitAndRecompile(doc, "conv4"));
        doc->stageJob()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isBusy(), 30000);
        QTest::qWait(200);
        QCOMPARE(compiled.count(), 2);
        QCOMPARE(doc->runner().state(), ModelState::Compiled);  // the cancelled run left the last compile
    }

    /// The project keeps the host link and the compiles with their reports (for comparisons).
    void projectKeepsHostLinkAndCompiles()
    {
        const QString project = mDir.filePath("p.dfcproj");
        double fps = 0;
        {
            MainWindow w;
            CompileWizard::Choices choices = defaultChoices("hailo8l");
            choices.hostLink = HostLink::parse("gen3x1");
            ModelDocument* doc = compiledThroughTheWizard(w, mQuantized, choices);
            QVERIFY(doc);
            QCOMPARE(QString::fromStdString(doc->hostLink()->name()), QString("gen3x1"));
            fps = doc->compiles().last().report["performance"]["fps_batch_1"].get<double>();
            w.setSaveHarsBesideProject(false);
            QVERIFY(w.saveProject(project));
        }
        MainWindow w;
        QVERIFY(w.openProject(project));
        QTRY_VERIFY_WITH_TIMEOUT(!w.reviews().isEmpty() && w.reviews().first()->document()->hasParse(), 20000);
        ModelDocument* doc = w.reviews().first()->document();
        QVERIFY(doc->hostLink() && doc->hostLink()->name() == "gen3x1");
        QCOMPARE(doc->compiles().size(), 1);
        QCOMPARE(doc->compiles().first().hwArch, QString("hailo8l"));
        QCOMPARE(doc->compiles().first().hostLink, QString("gen3x1"));
        QCOMPARE(doc->compiles().first().report["performance"]["fps_batch_1"].get<double>(), fps);
        // The welcome page lists the project with its latest FPS.
        const QString note = w.recentNotes({project}).value(project);
        QVERIFY2(note.contains("mobilenet_v2_quantized.har: " + QString::number(fps, 'f', 1) + " FPS at batch 1 on hailo8l"), qPrintable(note));
    }

    /// A report `dfc profiler --out-json` wrote opens in a tab of its own; a JSON file that is not
    /// a report gets a message and no tab.
    void reportFilesOpenAlone()
    {
        Runner runner;
        runner.loadHar(mQuantized.toStdString());
        const nlohmann::ordered_json json = runner.profile(ModelScript{});
        const QString path = mDir.filePath("m_profile.json");
        writeFileAtomic(path.toStdString(), json.dump(2));
        MainWindow w;
        ProfileReportView* view = w.openReport(path);
        QVERIFY(view);
        QCOMPARE(w.currentView(), nullptr);  // no model behind it
        QVERIFY(w.views().isEmpty());
        QCOMPARE(shownNumber(view->shownValue("contexts.count")), json["contexts"]["count"].get<double>());
        QVERIFY(std::abs(shownNumber(view->shownValue("performance.fps_batch_1")) - json["performance"]["fps_batch_1"].get<double>()) <= 0.05);
        QCOMPARE(view->layerTable()->view()->model()->rowCount(), int(json["layers"].size()));
        view->selectContext(0);  // nothing to select in: no crash
        QVERIFY(w.recentNotes({path}).value(path).contains("FPS at batch 1 on hailo8"));
        auto refused = [&](const std::string& text, const char* why) {
            const QString bad = mDir.filePath("bad.json");
            writeFileAtomic(bad.toStdString(), text);
            const int tabs = w.findChild<QTabWidget*>("modelTabs")->count();
            QVERIFY(!w.openReport(bad));
            QCOMPARE(w.findChild<QTabWidget*>("modelTabs")->count(), tabs);
            QVERIFY2(w.lastError().contains(why), qPrintable(w.lastError()));
        };
        refused("{\"a\": 1}", "not a profiler report");
        refused("[1, 2", "not JSON");
        nlohmann::ordered_json wrongType = json;
        wrongType["performance"]["fps_batch_1"] = "fast";
        refused(wrongType.dump(), "not a profiler report");
        // A .hef alone: its target, contexts and streams; a damaged one is refused with a reason.
        runner.compile(ModelScript{});
        const QString hef = mDir.filePath("m.hef");
        writeFileAtomic(hef.toStdString(), runner.hef());
        QWidget* binary = w.openBinary(hef);
        QVERIFY(binary);
        const QString text = static_cast<QTextBrowser*>(binary)->toPlainText();
        QVERIFY2(text.contains("Target: hailo8") && text.contains("Input stream") && text.contains("our CPU runtime"), qPrintable(text));
        const QString broken = mDir.filePath("broken.hef");
        writeFileAtomic(broken.toStdString(), runner.hef().substr(0, 100));
        QVERIFY(!w.openBinary(broken));
        QVERIFY2(w.lastError().contains("broken.hef"), qPrintable(w.lastError()));
    }
};

QTEST_MAIN(TestProfileView)
#include "test_profile_view.moc"
