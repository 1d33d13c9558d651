// The Studio, offscreen: open the demo model, both graphs appear; selection maps through
// original_names; an end node + re-parse shrinks the graph as the engine says; undo restores
// it; broken files give a message, never a crash; projects round-trip. The Studio drives the
// same Runner as dfc: its HARs are byte-identical to the CLI's; Cancel leaves the document as
// it was; the docks, the stage bar and the action registry follow the active document.
#include <QtTest>

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QScrollBar>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTabWidget>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QToolButton>

#include "action_registry.h"
#include "docks/issues_dock.h"
#include "docks/layer_noise_dock.h"
#include "inference_dialog.h"
#include "docks/properties_dock.h"
#include "docks/run_history_dock.h"
#include "docks/snr_chart_dock.h"
#include "layer_overlay.h"
#include "graph/graph_scene.h"
#include "graph/graph_view.h"
#include "importers/onnx/onnx_importer.h"
#include "importers/tflite/tflite_importer.h"
#include "io/atomic_file.h"
#include "job.h"
#include "main_window.h"
#include "model_document.h"
#include "model_view.h"
#include "optimization_summary_widget.h"
#include "parse_review_widget.h"
#include "parse_reasons.h"
#include "layer_fixes.h"
#include "docks/script_editor_dock.h"
#include "script_text_edit.h"
#include "optimize_wizard.h"
#include "subgraph_dialog.h"
#include "pipeline/runner.h"
#include "stage_bar.h"
#include "verify_dialog.h"
#include "io/npy.h"
#include "style.h"
#include "graph/graph_items.h"
#include "test_support.h"
#include "zoo/onnx_builder.h"

using namespace dfc;
using namespace dfc::ui;

/// Waits for a review to settle; stops the test function when that failed.
#define SETTLE(r)                                  \
    do {                                           \
        QVERIFY(r);                                \
        settle(r);                                 \
        if (QTest::currentTestFailed()) return;    \
    } while (0)

class TestStudio : public QObject {
    Q_OBJECT
    QTemporaryDir mDir;
    QString mModel;

    /// Waits for the parse and both layouts of a review.
    static void settle(ParseReviewWidget* r)
    {
        QTRY_VERIFY_WITH_TIMEOUT(r->document()->hasParse() && !r->document()->isParsing(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!r->parsedScene()->isLayingOut() && r->parsedScene()->nodeCount() > 0, 20000);
        if (!r->document()->isHarOnly())
            QTRY_VERIFY_WITH_TIMEOUT(!r->originalScene()->isLayingOut() && r->originalScene()->nodeCount() > 0, 20000);
    }

    static int runNodes(const SourceGraph& g)
    {
        int n = 0;
        for (const auto& node : g.nodes) n += node.support != NodeSupport::Constant;
        return n;
    }


    /// Parses through a document alone (as the Studio does) and waits for the result.
    static bool parsed(ModelDocument& doc)
    {
        doc.reparse();
        return QTest::qWaitFor([&] { return doc.hasParse() && !doc.isParsing(); }, 30000);
    }

    /// A model whose middle node (Sin) has no converter: it opens with the suggested scope.
    QString modelWithAnUnsupportedNode()
    {
        const QString path = mDir.filePath("with_sin.onnx");
        OnnxBuilder b("with_sin");
        std::string x = b.input("x", {1, 3, 16, 16});
        std::string a = b.relu(b.conv(x, 3, 8, 3, 1, 1, true));
        std::string c = b.node("Sin", {a});
        b.output(b.conv(c, 8, 4, 3, 1, 1, true));
        writeFileAtomic(path.toStdString(), b.finish().SerializeAsString());
        return path;
    }

    /// conv → relu → If (its branches: Neg, or Sigmoid then Abs), the If's output is the model's.
    QString modelWithAnIf()
    {
        const QString path = mDir.filePath("with_if.onnx");
        OnnxBuilder b("with_if");
        std::string x = b.input("x", {1, 3, 8, 8});
        std::string a = b.relu(b.conv(x, 3, 4, 3, 1, 1, true));
        std::string flag = b.node("ReduceMax", {a});
        std::string cond = b.node("Greater", {flag, b.constant("zero", {}, {0.0f})});
        onnx::ModelProto m = b.finish();
        auto* g = m.mutable_graph();
        auto branch = [&](const char* name, std::vector<std::string> ops) {
            onnx::GraphProto body;
            body.set_name(name);
            std::string t = a;
            for (size_t i = 0; i < ops.size(); ++i) {
                auto* n = body.add_node();
                n->set_op_type(ops[i]);
                n->set_name(std::string(name) + "_" + ops[i]);
                n->add_input(t);
                t = n->name() + "_out";
                n->add_output(t);
            }
            auto* out = body.add_output();
            out->set_name(t);
            out->mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
            return body;
        };
        auto* node = g->add_node();
        node->set_op_type("If");
        node->set_name("choose");
        node->add_input(cond);
        node->add_output("chosen");
        auto* thenBranch = node->add_attribute();
        thenBranch->set_name("then_branch");
        thenBranch->set_type(onnx::AttributeProto::GRAPH);
        *thenBranch->mutable_g() = branch("then", {"Neg"});
        auto* elseBranch = node->add_attribute();
        elseBranch->set_name("else_branch");
        elseBranch->set_type(onnx::AttributeProto::GRAPH);
        *elseBranch->mutable_g() = branch("else", {"Sigmoid", "Abs"});
        auto* output = g->add_output();
        output->set_name("chosen");
        output->mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
        writeFileAtomic(path.toStdString(), m.SerializeAsString());
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        mModel = mDir.filePath("mobilenet_v2.onnx");
        writeFileAtomic(mModel.toStdString(), buildZooNetwork("mobilenet_v2").SerializeAsString());
    }

    /// The Studio's HAR and dfc's, for the same model and choices, are the same bytes: a demo
    /// (ONNX), a TFLite model, and a model that needs input shapes and the suggested scope.
    void studioAndCliWriteIdenticalHars_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("shape");
        QTest::newRow("demo onnx") << mModel << "onnx" << "";
        QTest::newRow("selfie tflite") << QString::fromStdString(test::assetModel("selfie_segmentation.tflite")) << "tflite" << "";
        QTest::newRow("ppocr rec, suggested scope")
            << QString::fromStdString(test::assetModel("ch_PP-OCRv4_rec_infer.onnx")) << "onnx" << "x=1,3,48,320";
    }
    void studioAndCliWriteIdenticalHars()
    {
        QFETCH(QString, model);
        QFETCH(QString, format);
        QFETCH(QString, shape);
        const QString cliHar = mDir.filePath("cli.har"), studioHar = mDir.filePath("studio.har");
        QStringList args{"parser", format, model, "--har-path", cliHar, "-y"};
        if (!shape.isEmpty()) args << "--net-input-shapes" << shape;
        QString out;
        QCOMPARE(test::runProgram(DFC_EXE, args, &out), 0);
        ModelDocument doc(model);
        QMap<QString, QList<qint64>> shapes;
        if (!shape.isEmpty())
            for (const QString& d : shape.section('=', 1).split(',')) shapes[shape.section('=', 0, 0)].append(d.toLongLong());
        doc.restore({}, {}, shapes);
        QVERIFY(parsed(doc));
        QVERIFY(doc.report().ok());
        QCOMPARE(doc.report().suggestionApplied, !shape.isEmpty());
        doc.saveHar(studioHar);
        QCOMPARE(readFile(studioHar.toStdString()), readFile(cliHar.toStdString()));
    }

    /// Cancel of a re-parse: the document keeps its graph, report and scope.
    void cancelledReparseLeavesTheDocument()
    {
        ModelDocument doc(mModel);
        QVERIFY(parsed(doc));
        const size_t layers = doc.graph().size();
        const std::vector<std::string> ends = doc.report().endNodes;
        const Graph* before = &doc.graph();
        QString tenth;
        int convs = 0;
        for (const auto& n : doc.source().nodes)
            if (n.op == "Conv" && ++convs == 10) tenth = QString::fromStdString(n.name);
        doc.setScope(doc.startNodes(), {tenth}, "end");
        QSignalSpy cancelled(&doc, &ModelDocument::parseCancelled), finished(&doc, &ModelDocument::parseFinished);
        doc.reparse();
        doc.cancelParse();  // the worker is still reading the model
        QTRY_VERIFY_WITH_TIMEOUT(!doc.isParsing(), 20000);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(doc.graph().size(), layers);
        QCOMPARE(&doc.graph(), before);
        QCOMPARE(doc.report().endNodes, ends);
        QVERIFY(doc.awaitingReparse());  // the new scope stays chosen, not applied
    }

    /// The helper every long operation uses: progress with an estimate, Cancel, typed errors.
    void jobHelperReportsCancelsAndFails()
    {
        QCOMPARE(Job::estimateRemaining(0.5, 10.0), 10.0);
        QVERIFY(Job::estimateRemaining(0.01, 10.0) < 0);  // too early to say
        Job job;
        bool committed = false;
        QSignalSpy cancelled(&job, &Job::cancelled), progress(&job, &Job::progress), failed(&job, &Job::failed);
        QVERIFY(job.start("spin", [](const Progress& p) {
            for (int i = 0;; ++i) {
                p.update(std::min(0.99, i / 1000.0), "spinning");
                p.checkCancelled();
                QThread::msleep(1);
            }
        }, [&] { committed = true; }));
        QVERIFY(!job.start("second", [](const Progress&) {}));  // one at a time
        QTRY_VERIFY(progress.count() > 0);
        job.cancel();
        QTRY_COMPARE(cancelled.count(), 1);
        QVERIFY(!committed);
        QVERIFY(job.start("fail", [](const Progress&) { fail(ErrorCode::InputShapeNeeded, "give a shape", "m.onnx", "x"); }));
        QTRY_COMPARE(failed.count(), 1);
        const JobError e = failed.at(0).at(0).value<JobError>();
        QCOMPARE(e.code, ErrorCode::InputShapeNeeded);
        QCOMPARE(e.location, QString("x"));
        QVERIFY(e.text.contains("m.onnx"));
        // Cancel after the work ended but before its result reached the UI thread: cancelled,
        // nothing committed (the race a busy machine hits when Cancel follows a fast re-parse).
        std::atomic<bool> done = false;
        QVERIFY(job.start("fast", [&](const Progress&) { done = true; }, [&] { committed = true; }));
        while (!done) QThread::msleep(1);
        QThread::msleep(50);  // the worker has returned; its result waits in the event queue
        QVERIFY(job.isRunning());  // until the result is handled: the document is still busy
        job.cancel();
        QTRY_COMPARE(cancelled.count(), 2);
        QVERIFY(!committed);
    }

    /// A text file named .har: one clear error naming the file once, and no empty tab left.
    void brokenFileLeavesNoEmptyTab()
    {
        const QString bad = mDir.filePath("notes.har");
        writeFileAtomic(bad.toStdString(), "these are my notes, not an archive\n");
        MainWindow w;
        w.openModel(mModel);
        auto* tabs = w.findChild<QTabWidget*>("modelTabs");
        QVERIFY(tabs);
        QTRY_COMPARE(tabs->count(), 1);
        w.openModel(bad);
        QTRY_VERIFY_WITH_TIMEOUT(w.lastError().contains("notes.har"), 10000);
        QTRY_COMPARE(tabs->count(), 1);  // the good model stays, the broken one is gone
        QVERIFY2(w.lastError().contains("not a readable archive"), qPrintable(w.lastError()));
        QCOMPARE(w.lastError().count("notes.har"), 1);
    }

    void inputShapesAreUndoable()
    {
        ModelDocument doc(mModel);
        QVERIFY(parsed(doc));
        QVERIFY(!doc.isDirty());
        doc.setInputShapes({{"input", {1, 3, 160, 160}}}, "shapes");
        QVERIFY(doc.awaitingReparse() && doc.isDirty());
        QCOMPARE(doc.inputShapes().value("input"), (QList<qint64>{1, 3, 160, 160}));
        QVERIFY(parsed(doc));
        QCOMPARE(doc.graph().inputLayers().at(0)->outputShape(), (Shape{160, 160, 3}));
        doc.undoStack()->undo();
        QVERIFY(doc.inputShapes().isEmpty());
        QVERIFY(!doc.isDirty());
    }

    /// A model that does not parse whole opens with the suggested scope; Issues lists the
    /// unsupported node, and one click on it selects it, which Properties shows.
    void issuesClickSelectsAndPropertiesFollow()
    {
        MainWindow w;
        ParseReviewWidget* r = w.openModel(modelWithAnUnsupportedNode());
        SETTLE(r);
        ModelDocument* doc = r->document();
        QVERIFY(doc->report().ok());
        QVERIFY(doc->report().suggestionApplied);
        auto* list = w.issuesDock()->findChild<QListWidget*>("issuesList");
        QCOMPARE(list->count(), 1);
        const QString node = list->item(0)->data(Qt::UserRole).toString();
        QVERIFY(list->item(0)->text().contains("Sin"));
        emit list->itemClicked(list->item(0));
        QCOMPARE(doc->selection(), QStringList{node});
        QCOMPARE(doc->selectionSide(), ModelDocument::Side::Original);
        QVERIFY(r->originalScene()->selectedIds().contains(node));
        QVERIFY(w.propertiesDock()->text().contains(node));
        QVERIFY(w.propertiesDock()->text().contains("Not supported"));
        // Selecting a layer in the parsed view: Properties shows the layer.
        const QString layer = QString::fromStdString(doc->graph().layers().back()->name);
        r->selectParsed({layer});
        QVERIFY(w.propertiesDock()->text().contains(layer));
    }

    /// A model opened with the suggested scope says so, with the engine's reasons, what fell
    /// outside and who runs it; the unsupported node outside stays visibly unsupported.
    void suggestedScopeIsExplained()
    {
        MainWindow w;
        ParseReviewWidget* r = w.openModel(modelWithAnUnsupportedNode());
        SETTLE(r);
        const ParseReport& report = r->document()->report();
        QVERIFY(report.suggestionApplied && !report.suggestionReasons.empty());
        const QString summary = w.issuesDock()->summaryText();
        QVERIFY2(summary.contains("suggested scope was applied"), qPrintable(summary));
        for (const auto& reason : report.suggestionReasons) {
            QVERIFY(reason.kind == ScopeReason::Kind::EndBefore || reason.kind == ScopeReason::Kind::StartAfter);
            QVERIFY2(summary.contains(ParseReasons::describe(reason)), qPrintable(summary));
            QVERIFY2(summary.contains(QString::fromStdString(reason.neighbour)), qPrintable(summary));
        }
        QVERIFY2(summary.contains(QString("into %1 layer(s)").arg(r->document()->graph().size())), qPrintable(summary));
        QVERIFY2(summary.contains("Outside the scope: ") && summary.contains("1 × Sin"), qPrintable(summary));
        auto* list = w.issuesDock()->findChild<QListWidget*>("issuesList");
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains("outside the scope: the host runs it"), qPrintable(list->item(0)->text()));
        // The engine's reasons are typed: in Vietnamese the list and the summary are too.
        w.actions()->action("Settings.LanguageVietnamese")->trigger();
        QTRY_VERIFY(list->item(0) && list->item(0)->text().contains(QString::fromUtf8("ngoài phạm vi")));
        QVERIFY2(!list->item(0)->text().contains("operator"), qPrintable(list->item(0)->text()));
        QVERIFY2(w.issuesDock()->summaryText().contains(QString::fromUtf8("xử lý")), qPrintable(w.issuesDock()->summaryText()));
        w.actions()->action("Settings.LanguageSystem")->trigger();
        QTRY_VERIFY(list->item(0) && list->item(0)->text().contains("outside the scope"));
        const QString sin = list->item(0)->data(Qt::UserRole).toString();
        QVERIFY(r->originalScene()->item(sin));
        QCOMPARE(r->originalScene()->item(sin)->fill(), Style::unsupportedOutside());
        // The same model with the whole graph as the scope: it does not parse, and the summary says what to do.
        r->document()->setScope({}, {}, "whole model");
        r->document()->reparse();
        QTRY_VERIFY_WITH_TIMEOUT(!r->document()->isParsing(), 20000);
        QTRY_VERIFY(w.issuesDock()->summaryText().contains("Not parsed"));
        QVERIFY2(w.issuesDock()->summaryText().contains("Move the end node before them"), qPrintable(w.issuesDock()->summaryText()));
        QVERIFY(list->item(0)->text().contains("inside the scope: it stops the parse"));
        // The original graph is laid out again after the parse: wait for its items.
        QTRY_VERIFY_WITH_TIMEOUT(!r->originalScene()->isLayingOut() && r->originalScene()->item(sin), 20000);
        QCOMPARE(r->originalScene()->item(sin)->fill(), Style::unsupported());
        // The empty parsed pane says why instead of staying blank.
        QVERIFY2(r->parsedEmptyText().contains("Nothing was parsed: 1 node(s) inside the scope"), qPrintable(r->parsedEmptyText()));
        QVERIFY(QTest::qWaitFor([&] { return !r->parsedScene()->isLayingOut(); }, 20000));
    }

    /// Properties follows whoever selects: Find, the start/end arrows, and the active tab (each
    /// tab keeps its own selection; another tab's layer never shows).
    /// An If's branches open in their own window, as written, from the node's menu; nested
    /// control flow is not parsed, and Properties lists the subgraphs.
    void controlFlowSubgraphsOpen()
    {
        MainWindow w;
        ParseReviewWidget* r = w.openModel(modelWithAnIf());
        SETTLE(r);
        const SourceNode* choose = r->document()->source().node("choose");
        QVERIFY(choose);
        QCOMPARE(choose->subgraphs.size(), size_t{2});
        QCOMPARE(choose->subgraphs[1].attribute, std::string("else_branch"));
        QCOMPARE(choose->subgraphs[1].graph->nodes.size(), size_t{2});
        QVERIFY(choose->subgraphs[1].graph->nodes[0].support == NodeSupport::NotParsed);
        r->selectOriginal({"choose"});
        QVERIFY2(w.propertiesDock()->text().contains("else_branch"), qPrintable(w.propertiesDock()->text()));
        QMenu menu;
        SubgraphDialog::addOpenActions(menu, *choose, r);
        QCOMPARE(menu.actions().size(), 2);
        QVERIFY(menu.actions()[1]->text().contains("else_branch"));
        menu.actions()[1]->trigger();
        auto* dialog = r->findChild<SubgraphDialog*>("subgraphDialog");
        QVERIFY(dialog && dialog->isVisible());
        QTRY_VERIFY(!dialog->scene()->isLayingOut());
        QCOMPARE(dialog->scene()->nodeCount(), 2);
        QVERIFY(dialog->scene()->item("else_Sigmoid"));
        QVERIFY(dialog->windowTitle().contains("choose"));
        dialog->close();
    }

    /// The optimize wizard: the preview reads what the quantizer will, Cancel leaves the model as
    /// it was, a run reaches "quantized" with the levels chosen written into the document's script,
    /// and a second run starts again from the parsed model.
    void optimizeWizardQuantizesAndCancelKeepsTheState()
    {
        MainWindow w;
        ParseReviewWidget* r = w.openModel(mModel);
        SETTLE(r);
        ModelDocument* doc = r->document();
        CalibrationOptions random;
        random.random = true;
        random.size = 64;
        {
            OptimizeWizard wizard(doc);
            CalibrationOptions missing;
            missing.path = mDir.filePath("no-such-folder").toStdString();
            wizard.setCalibration(missing);
            QSignalSpy previewed(&wizard, &OptimizeWizard::previewReady);
            wizard.refreshPreview();
            QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 1, 20000);
            QVERIFY(!wizard.previewWarnings().isEmpty());  // says it cannot read it
            QVERIFY(wizard.expectedTimeText(1).isEmpty());  // nothing timed yet
            wizard.setCalibration(random);
            wizard.refreshPreview();
            QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 2, 20000);
            QVERIFY2(wizard.previewWarnings().isEmpty(), qPrintable(wizard.previewWarnings().join("\n")));
            const QString preview = wizard.findChild<QLabel*>("calibrationPreview")->text();
            QVERIFY2(preview.contains("64 item(s)") && preview.contains("does not normalize"), qPrintable(preview));
            // The expected time follows the level's work: bias correction, then AdaRound, cost more.
            const auto seconds = [&](int level) {
                const QString t = wizard.expectedTimeText(level);
                const double n = t.section(' ', 1, 1).toDouble();
                return t.contains("min") ? 60 * n : t.contains(" h") ? 3600 * n : n;
            };
            QVERIFY2(seconds(0) > 0 && seconds(0) <= seconds(1) && seconds(1) < seconds(3),
                     qPrintable(wizard.expectedTimeText(0) + " / " + wizard.expectedTimeText(1) + " / " + wizard.expectedTimeText(3)));
            // The script's normalization shows as the range the first layer will see.
            doc->setModelScript("normalization1 = normalization([0.5, 0.5, 0.5], [0.25, 0.25, 0.25])\n", "normalize");
            wizard.refreshPreview();
            QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 3, 20000);
            const QString normalized = wizard.findChild<QLabel*>("calibrationPreview")->text();
            QVERIFY2(normalized.contains(QRegularExpression("normalization: \\[-[12](\\.\\d+)?, [12](\\.\\d+)?\\]")), qPrintable(normalized));
            doc->undoStack()->undo();
            wizard.setLevels(1, 0);
            wizard.show();
            wizard.next();
            wizard.next();
            QCOMPARE(wizard.currentId(), int(OptimizeWizard::ScriptPage));
            QVERIFY(wizard.scriptText().contains("optimization_level=1, compression_level=0"));
            wizard.next();
            QVERIFY(doc->stageJob()->isRunning());
            wizard.reject();
            QTRY_VERIFY_WITH_TIMEOUT(!doc->stageJob()->isRunning(), 30000);
            QCOMPARE(doc->runner().state(), ModelState::Native);
            QVERIFY(!doc->isStageAvailable(ModelDocument::Stage::Optimized));
        }
        random.size = 8;
        // The search runs on random data only when asked; an 80 dB target raises layers for sure.
        doc->setModelScript("post_quantization_optimization(mix_precision_search, policy=enabled, target_snr=80, dataset_size=1)\n",
                            "search");
        OptimizeWizard wizard(doc);
        wizard.setCalibration(random);
        wizard.setLevels(0, 1);
        wizard.show();
        wizard.next();
        wizard.next();
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isRunning(), 60000);
        QVERIFY2(wizard.succeeded(), qPrintable(wizard.findChild<QLabel*>("runStatus")->text()));
        QCOMPARE(doc->runner().state(), ModelState::Quantized);
        QVERIFY(doc->isStageAvailable(ModelDocument::Stage::Optimized));
        QCOMPARE(doc->lastOptimization()->config.compressionLevel, 1);
        QCOMPARE(doc->lastOptimization()->calibrationImages, int64_t{8});
        QVERIFY(doc->modelScript().contains("compression_level=1"));
        // The search's choice is kept in the script with one click on the result's link.
        const PrecisionSearchResult& search = doc->lastOptimization()->precisionSearch;
        QVERIFY2(search.ran && !search.raised.empty(), search.summary().c_str());
        auto* status = wizard.findChild<QLabel*>("runStatus");
        QVERIFY2(status->text().contains("href=\"keep-precisions\""), qPrintable(status->text()));
        emit status->linkActivated("keep-precisions");
        QVERIFY2(doc->modelScript().contains(QString::fromStdString(search.scriptLine())), qPrintable(doc->modelScript()));
        QVERIFY2(!status->text().contains("href=") && status->text().contains("Kept"), qPrintable(status->text()));
        doc->undoStack()->undo();
        QVERIFY(!doc->modelScript().contains("precision_mode=a16_w16"));
        // Again, from the parsed model: the document's native model was kept, not quantized twice.
        doc->setModelScript(OptimizeWizard::withLevels(doc->modelScript(), 0, 0), "levels");
        QSignalSpy done(doc, &ModelDocument::optimizeFinished);
        doc->optimize(random);
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 60000);
        QCOMPARE(doc->lastOptimization()->config.compressionLevel, 0);
        doc->undoStack()->undo();  // the script edits are undoable
        QVERIFY(doc->modelScript().contains("compression_level=1"));
    }

    /// The script editor underlines the engine's findings where they are, offers the model's
    /// layer names, and its text is the document's (undoable).
    void scriptEditorFlagsUnknownNamesWhereTheyAre()
    {
        MainWindow w;
        ParseReviewWidget* r = w.openModel(mModel);
        SETTLE(r);
        ScriptEditorDock* dock = w.scriptDock();
        QVERIFY(dock->completions().contains("conv17") && dock->completions().contains("quantization_param"));
        dock->editor()->setPlainText("model_optimization_flavor(optimization_level=1)\n"
                                     "no_such_command(1)\n"
                                     "quantization_param(nosuchlayer, precision_mode=a16_w16)\n");
        dock->checkNow();
        auto at = [&](int line) {
            for (const auto& f : dock->findings())
                if (f.line == line && f.severity == ScriptEditorDock::Finding::Severity::Error) return f;
            return ScriptEditorDock::Finding{ScriptEditorDock::Finding::Severity::Note, 0, 0, {}};
        };
        QCOMPARE(at(2).column, 1);
        QVERIFY2(at(2).message.contains("no_such_command"), qPrintable(at(2).message));
        QCOMPARE(at(3).column, 20);
        QVERIFY2(at(3).message.contains("nosuchlayer"), qPrintable(at(3).message));
        QCOMPARE(dock->editor()->marks().size(), dock->findings().size());
        QVERIFY(r->document()->modelScript().contains("no_such_command"));  // the document's text
        // A syntax error is placed too.
        dock->editor()->setPlainText("quantization_param(conv1, precision_mode=a16_w16\n");
        dock->checkNow();
        QCOMPARE(dock->findings().size(), 1);
        QCOMPARE(dock->findings()[0].line, 2);
        r->document()->undoStack()->undo();
        QTRY_VERIFY(dock->editor()->toPlainText().contains("no_such_command"));
    }

    /// The noisiest layer, fixed with two clicks: "16-bit for this layer" writes exactly one
    /// script line, Re-optimize raises that layer's SNR, Undo takes the line back.
    void sixteenBitFixRaisesTheNoisiestLayersSnr()
    {
        // A small CNN: the noise analysis quantizes each layer alone, a pass per layer.
        const QString path = mDir.filePath("small_cnn.onnx");
        OnnxBuilder b("small_cnn");
        std::string x = b.input("x", {1, 3, 32, 32});
        x = b.relu(b.conv(x, 3, 16, 3, 1, 1, true));
        x = b.relu(b.conv(x, 16, 16, 3, 2, 1, true));
        b.output(b.conv(x, 16, 8, 1, 1, 1, true));
        writeFileAtomic(path.toStdString(), b.finish().SerializeAsString());
        MainWindow w;
        ParseReviewWidget* r = w.openModel(path);
        SETTLE(r);
        ModelDocument* doc = r->document();
        CalibrationOptions data;
        data.random = true;
        data.size = 16;
        QSignalSpy optimized(doc, &ModelDocument::optimizeFinished), analyzed(doc, &ModelDocument::noiseAnalyzed);
        doc->optimize(data);
        QTRY_COMPARE_WITH_TIMEOUT(optimized.count(), 1, 60000);
        doc->analyzeNoise(*doc->lastCalibration());
        QTRY_COMPARE_WITH_TIMEOUT(analyzed.count(), 1, 60000);
        auto snrOf = [&](const std::string& layer) {
            for (const LayerNoise& n : doc->noiseReport()->layers)
                if (n.layer == layer) return *std::min_element(n.outputSnrDb.begin(), n.outputSnrDb.end());
            return -1.0;
        };
        const std::string worst = doc->noiseReport()->ranking().front()->layer;
        const QString worstQ = QString::fromStdString(worst);
        const double before = snrOf(worst);

        // The SNR chart: a bar per layer in graph order, the noisy ones counted, a click selects.
        SnrChartDock* chart = w.snrDock();
        QCOMPARE(chart->layers().size(), int(doc->noiseReport()->layers.size()));
        QCOMPARE(chart->layers().first(), QString::fromStdString(doc->noiseReport()->layers.front().layer));
        const int noisy = int(std::count_if(doc->noiseReport()->layers.begin(), doc->noiseReport()->layers.end(),
                                            [](const LayerNoise& n) { return n.worstOutputSnrDb() < SnrChartDock::kNoisyDb; }));
        QCOMPARE(chart->noisyBars(), noisy);
        chart->activateBar(int(chart->layers().indexOf(worstQ)));
        QCOMPARE(doc->selection(), QStringList{worstQ});
        // The layer dock follows the selection: facts, activation and weight histograms, scatter.
        LayerNoiseDock* layerDock = w.layerNoiseDock();
        QCOMPARE(layerDock->layer(), worstQ);
        QVERIFY2(layerDock->factsText().contains(worstQ) && layerDock->factsText().contains("dB"), qPrintable(layerDock->factsText()));
        QVERIFY(!layerDock->activationChart()->chart()->series().isEmpty());
        QVERIFY(!layerDock->scatterChart()->chart()->series().isEmpty());
        if (doc->graph().layer(worst).hasWeight("kernel")) {
            QVERIFY(!layerDock->weightChart()->chart()->series().isEmpty());
            QVERIFY(layerDock->clippedWeightShare() >= 0 && layerDock->clippedWeightShare() < 0.01);
        }
        // The graph coloured by the SNR alone: the worst layer has the overlay's colour for its value.
        r->setOverlay("snr_alone");
        QCOMPARE(r->overlayId(), QString("snr_alone"));
        const LayerOverlay alone = LayerOverlays::of(*doc).at(1);
        QCOMPARE(r->parsedScene()->item(worstQ)->fill(), alone.colourOf(before));
        QVERIFY(r->kindLegendText().contains("dB"));
        // The table filters and exports what it shows.
        OptimizationSummaryWidget* table = w.currentView()->optimizationSummary();
        table->setFilter(worstQ);
        const QStringList rows = table->csv().trimmed().split('\n');
        QCOMPARE(rows.size(), 2);  // the header and the worst layer (names are unique prefixes here)
        QVERIFY2(rows[1].startsWith(worstQ + ","), qPrintable(rows[1]));

        const QString script = doc->modelScript();
        QMenu menu;
        LayerFixes::addActions(menu, doc, worstQ, r);
        auto action = [&](const QString& text) {
            for (QAction* a : menu.actions())
                if (a->text() == text) return a;
            return static_cast<QAction*>(nullptr);
        };
        action(LayerFixes::menuText(LayerFixes::Fix::SixteenBit))->trigger();
        const QString line = LayerFixes::line(LayerFixes::Fix::SixteenBit, worstQ);
        QCOMPARE(doc->modelScript(), script + line + "\n");
        StageBar* stages = w.findChild<StageBar*>();
        QVERIFY(stages->offersReoptimize());  // the script changed since the last run
        action(LayerFixes::tr("Re-optimize with the script"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(optimized.count(), 2, 60000);
        QTRY_VERIFY(!stages->offersReoptimize());
        QCOMPARE(doc->runner().har().metadata["quantization"]["layers"][worst]["output_bits"].get<int>(), 16);

        // Both runs are kept; the comparison shows the engine's per-layer deltas.
        QCOMPARE(doc->runs().size(), 2);
        QCOMPARE(doc->runs()[1].sixteenBitLayers, doc->runs()[0].sixteenBitLayers + 1);
        RunHistoryDock* runs = w.runsDock();
        QCOMPARE(runs->compared(), qMakePair(0, 1));
        const std::vector<LayerNoiseDelta> deltas = compareNoise(doc->runs()[0].quality, doc->runs()[1].quality);
        QCOMPARE(runs->deltaTable()->rowCount(), int(deltas.size()));
        for (int row = 0; row < runs->deltaTable()->rowCount(); ++row) {
            const std::string layer = runs->deltaTable()->item(row, 0)->text().toStdString();
            auto d = std::find_if(deltas.begin(), deltas.end(), [&](const LayerNoiseDelta& x) { return x.layer == layer; });
            QVERIFY(d != deltas.end());
            QCOMPARE(runs->deltaTable()->item(row, 3)->data(Qt::DisplayRole).toDouble(), std::round(d->onLayerDelta() * 100) / 100);
        }
        auto worstDelta = std::find_if(deltas.begin(), deltas.end(), [&](const LayerNoiseDelta& x) { return x.layer == worst; });
        QVERIFY2(worstDelta->onLayerDelta() > 3, qPrintable(QString::number(worstDelta->onLayerDelta())));
        // The runs survive the project; a run's script comes back as one undo step.
        ModelDocument reopened(doc->path());
        reopened.restoreRuns(doc->runsJson());
        QCOMPARE(reopened.runs().size(), 2);
        QCOMPARE(reopened.runs()[1].script, doc->runs()[1].script);
        QCOMPARE(compareNoise(reopened.runs()[0].quality, reopened.runs()[1].quality).size(), deltas.size());
        runs->restoreScript(0);
        QCOMPARE(doc->modelScript(), script);
        doc->undoStack()->undo();
        QCOMPARE(doc->modelScript(), script + line + "\n");

        doc->analyzeNoise(*doc->lastCalibration());
        QTRY_COMPARE_WITH_TIMEOUT(analyzed.count(), 2, 60000);
        const double after = snrOf(worst);
        QVERIFY2(after > before + 3, qPrintable(QString("%1: %2 dB -> %3 dB").arg(worstQ).arg(before).arg(after)));
        qInfo("%s alone: %.1f dB at 8 bits, %.1f dB at 16 bits", worst.c_str(), before, after);
        doc->undoStack()->undo();
        QCOMPARE(doc->modelScript(), script);

        // One input in every mode, side by side, with the engine's SNR against native.
        Tensor input({32, 32, 3});
        for (size_t i = 0; i < input.data.size(); ++i) input.data[i] = float((i * 37) % 101) / 100.f;
        const QString npy = mDir.filePath("one_input.npy");
        writeNpyFile(npy.toStdString(), input);
        InferenceDialog tryIt(doc);
        QSignalSpy inferred(doc, &ModelDocument::inferenceFinished);
        tryIt.run(npy);
        QTRY_COMPARE_WITH_TIMEOUT(inferred.count(), 1, 30000);
        QCOMPARE(tryIt.table()->columnCount(), 3);  // native, full precision, quantized
        const auto& result = *doc->lastInference();
        const auto& [output, native] = *result.outputs.at(InferMode::Native).begin();
        const double snr = tensorSnrDb(native, result.outputs.at(InferMode::Quantized).at(output));
        const QString cell = tryIt.table()->item(0, 2)->text();
        QVERIFY2(cell.contains(QString::number(snr, 'f', 1) + " dB"), qPrintable(cell));
        QVERIFY(snr > 20 && snr < kSnrCapDb);
    }

    void propertiesFollowsFindStepsAndTabs()
    {
        MainWindow w;
        ParseReviewWidget* demo = w.openModel(mModel);
        SETTLE(demo);
        demo->find("\"conv7\"");
        QCOMPARE(demo->document()->selection(), QStringList{"conv7"});
        QVERIFY2(w.propertiesDock()->text().startsWith("conv7"), qPrintable(w.propertiesDock()->text()));
        ParseReviewWidget* other = w.openModel(modelWithAnUnsupportedNode());
        SETTLE(other);
        QVERIFY(w.currentReview() == other);
        QVERIFY2(w.propertiesDock()->text().contains("Select a node or a layer"), qPrintable(w.propertiesDock()->text()));
        other->stepBoundary(1);  // the first start/end node of this model
        const QString boundary = other->document()->selection().value(0);
        QVERIFY(!boundary.isEmpty());
        QVERIFY2(w.propertiesDock()->text().startsWith(boundary), qPrintable(w.propertiesDock()->text()));
        auto* tabs = w.findChild<QTabWidget*>("modelTabs");
        QVERIFY(tabs);
        tabs->setCurrentIndex(tabs->indexOf(w.views().first()));
        QVERIFY2(w.propertiesDock()->text().startsWith("conv7"), qPrintable(w.propertiesDock()->text()));
    }

    /// The stage bar: a parsed model offers Parsed only; a quantized HAR offers Optimized too,
    /// whose page lists every layer's bits.
    void stageBarFollowsThePipeline()
    {
        const QString har = mDir.filePath("q.har");
        {
            Runner runner;
            QVERIFY(runner.translate(modelWithAnUnsupportedNode().toStdString(), {.applySuggestion = true}).ok());
            CalibrationOptions calib;
            calib.random = true;
            calib.size = 4;
            runner.optimize(ModelScript{}, calib);
            runner.saveHar(har.toStdString());
        }
        MainWindow w;
        ParseReviewWidget* r = w.openModel(mModel);
        SETTLE(r);
        QVERIFY(w.stageBar()->button(ModelDocument::Stage::Parsed)->isEnabled());
        QVERIFY(!w.stageBar()->button(ModelDocument::Stage::Optimized)->isEnabled());
        ParseReviewWidget* q = w.openModel(har);
        SETTLE(q);
        QVERIFY(w.stageBar()->button(ModelDocument::Stage::Optimized)->isEnabled());
        QVERIFY(!w.stageBar()->button(ModelDocument::Stage::Compiled)->isEnabled());
        w.stageBar()->button(ModelDocument::Stage::Optimized)->click();
        ModelView* view = w.currentView();
        QCOMPARE(view->shownStage(), ModelDocument::Stage::Optimized);
        QCOMPARE(view->currentWidget(), static_cast<QWidget*>(view->optimizationSummary()));
        QCOMPARE(view->optimizationSummary()->table()->rowCount(), int(q->document()->graph().size()));
        w.stageBar()->button(ModelDocument::Stage::Parsed)->click();
        QCOMPARE(view->currentWidget(), static_cast<QWidget*>(q));
    }

    /// A compiled HAR shows its binary in Properties (target, contexts, FPS, each stream's format
    /// and quantization, also on the boundary layer) and exports the .hef dfc wrote.
    void compiledModelShowsItsBinary()
    {
        const QString har = mDir.filePath("compiled.har");
        std::string binary;
        {
            OnnxBuilder b("tiny_cnn");
            const std::string x = b.input("x", {1, 3, 16, 16});
            b.output(b.classifier(b.relu(b.convBn(x, 3, 8, 3, 1)), 8, 4));
            const QString onnx = mDir.filePath("tiny_cnn.onnx");
            writeFileAtomic(onnx.toStdString(), b.finish().SerializeAsString());
            Runner runner("hailo8l");
            QVERIFY(runner.translate(onnx.toStdString(), {}).ok());
            CalibrationOptions calib;
            calib.random = true;
            calib.size = 2;
            runner.optimize(ModelScript{}, calib);
            runner.compile(ModelScript{});
            runner.saveHar(har.toStdString());
            binary = runner.hef();
        }
        MainWindow w;
        ParseReviewWidget* r = w.openModel(har);
        SETTLE(r);
        ModelDocument* doc = r->document();
        QVERIFY(doc->binaryInfo());
        QVERIFY(w.actions()->action("File.ExportHef")->isEnabled());
        const QString overview = w.propertiesDock()->text();
        QVERIFY2(overview.contains("Compiled binary (.hef)") && overview.contains("Target: hailo8l") &&
                     overview.contains("tiny_cnn/input_layer1") && overview.contains("UINT8, NHWC(16x16x3)"),
                 qPrintable(overview));
        r->selectParsed({"output_layer1"});
        const QString layer = w.propertiesDock()->text();
        QVERIFY2(layer.contains("Output stream") && layer.contains("NC(4)") && layer.contains("Quantization: zero point"), qPrintable(layer));
        const QString out = mDir.filePath("exported.hef");
        doc->exportHef(out);
        QCOMPARE(readFile(out.toStdString()), binary);
        // A model that is not compiled has nothing to export.
        ParseReviewWidget* demo = w.openModel(mModel);
        SETTLE(demo);
        QVERIFY(!demo->document()->binaryInfo());
        QVERIFY(!w.actions()->action("File.ExportHef")->isEnabled());
    }

    /// The target selector follows the active document, changes its Runner's target (recorded in
    /// the HAR it saves) and is undoable.
    void targetSelectorFollowsTheDocument()
    {
        MainWindow w;
        ParseReviewWidget* r = w.openModel(mModel);
        SETTLE(r);
        QComboBox* box = w.stageBar()->targetBox();
        QVERIFY(box->isEnabled());
        QCOMPARE(box->currentText(), QString("hailo8"));
        const int l = box->findText("hailo8l");
        QVERIFY(l >= 0);
        box->setCurrentIndex(l);
        emit box->activated(l);
        ModelDocument* doc = r->document();
        QCOMPARE(doc->hwArch(), QString("hailo8l"));
        QVERIFY(doc->isDirty());
        const QString har = mDir.filePath("target.har");
        doc->saveHar(har);
        Runner back;
        back.loadHar(har.toStdString());
        QCOMPARE(back.hwArch(), std::string("hailo8l"));
        doc->undoStack()->undo();
        QCOMPARE(doc->hwArch(), QString("hailo8"));
        QCOMPARE(box->currentText(), QString("hailo8"));
        QVERIFY_THROWS_EXCEPTION(Error, doc->setHwArch("hailo9"));
        QCOMPARE(doc->hwArch(), QString("hailo8"));
    }

    /// One list of actions: unique ids, every one with a text; a user's shortcut is applied,
    /// remembered and checked for conflicts.
    void actionsAreRegisteredOnce()
    {
        MainWindow w;
        ActionRegistry* actions = w.actions();
        const QStringList ids = actions->ids();
        QVERIFY(ids.size() >= 20);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        for (const QString& id : actions->ids()) QVERIFY2(!actions->action(id)->text().isEmpty(), qPrintable(id));
        QCOMPARE(actions->action("Parse.Reparse")->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(actions->conflict("View.Find", QKeySequence(Qt::Key_F5)), QString("Parse.Reparse"));
        actions->setShortcut("File.OpenDemo", QKeySequence("Ctrl+Alt+D"));
        MainWindow again;  // a new window reads the user's shortcut back
        QCOMPARE(again.actions()->action("File.OpenDemo")->shortcut(), QKeySequence("Ctrl+Alt+D"));
        again.actions()->resetShortcut("File.OpenDemo");
        QVERIFY(MainWindow().actions()->action("File.OpenDemo")->shortcut().isEmpty());
    }

    /// Settings → Language applies at once: menus, the review's buttons and docks retranslate,
    /// and back.
    void languageSwitchesWithoutRestart()
    {
        MainWindow w;
        ParseReviewWidget* r = w.openModel(mModel);
        SETTLE(r);
        QAction* fileMenu = w.menuBar()->actions().first();
        auto* history = w.findChild<QDockWidget*>("undoDock");
        auto* reparse = r->findChild<QToolButton*>("reparseButton");
        QVERIFY(history && reparse);
        QCOMPARE(fileMenu->text(), QString("&File"));
        QCOMPARE(reparse->text(), QString("Re-parse"));
        w.actions()->action("Settings.LanguageVietnamese")->trigger();
        QTRY_COMPARE(fileMenu->text(), QString::fromUtf8("&Tệp"));  // LanguageChange is posted
        QCOMPARE(reparse->text(), QString::fromUtf8("Phân tích lại"));
        QCOMPARE(history->windowTitle(), QString::fromUtf8("Lịch sử"));
        QVERIFY(r->scopePreviewText().startsWith(QString::fromUtf8("Phạm vi")));
        auto* parsedTitle = r->findChild<QLabel*>("parsedTitle");
        QVERIFY(parsedTitle && parsedTitle->text().contains(QString::number(r->document()->graph().size())));  // counts kept
        QVERIFY(w.actions()->action("Settings.LanguageVietnamese")->isChecked());
        w.actions()->action("Settings.LanguageEnglish")->trigger();
        QTRY_COMPARE(fileMenu->text(), QString("&File"));
        QCOMPARE(reparse->text(), QString("Re-parse"));
        QVERIFY(r->scopePreviewText().startsWith("Scope"));
        w.actions()->action("Settings.LanguageSystem")->trigger();
    }

    void demoShowsBothGraphs()
    {
        MainWindow w;
        ParseReviewWidget* r = w.openModel(mModel);
        SETTLE(r);
        QCOMPARE(r->parsedScene()->nodeCount(), int(r->document()->graph().size()));
        QCOMPARE(r->originalScene()->nodeCount(), runNodes(r->document()->source()));
        QVERIFY(r->scopePreviewText().contains(QString::number(runNodes(r->document()->source()))));
        // Export PNG shows both sides, as on screen: as wide as both scenes and the gap, for
        // its height (the scale is bounded for tall graphs).
        const QString png = mDir.filePath("both.png");
        QVERIFY(r->exportPng(png));
        const QImage image(png);
        const QRectF a = r->originalScene()->sceneRect(), b = r->parsedScene()->sceneRect();
        const double expectedAspect = (a.width() + 40 + b.width()) / (std::max(a.height(), b.height()) + 28);
        const double aspect = double(image.width()) / image.height();
        QVERIFY2(std::fabs(aspect / expectedAspect - 1) < 0.01, qPrintable(QString("%1 × %2 px").arg(image.width()).arg(image.height())));
        QVERIFY(image.height() <= 16000);
        // Every colour the parsed graph uses is explained in the layer legend.
        const QString legend = r->findChild<QLabel*>("kindLegend")->text();
        for (const Layer* l : r->document()->graph().layers())
            QVERIFY2(legend.contains(Style::category(l->kind->category).name()), l->kind->type.c_str());
    }

    void selectingALayerSelectsExactlyItsNodes()
    {
        MainWindow w;
        ParseReviewWidget* r = w.openModel(mModel);
        SETTLE(r);
        const Layer* conv = nullptr;
        for (const Layer* l : r->document()->graph().layers())
            if (l->type() == "conv" && l->originalNames.size() == 3) conv = l;
        QVERIFY(conv);
        r->selectParsed({QString::fromStdString(conv->name)});
        QStringList expected;
        for (const auto& n : conv->originalNames) expected.append(QString::fromStdString(n));
        expected.sort();
        QCOMPARE(r->originalScene()->selectedIds(), expected);
        // And back: one of those nodes selects that layer.
        r->selectOriginal({expected.first()});
        QCOMPARE(r->parsedScene()->selectedIds(), QStringList{QString::fromStdString(conv->name)});
    }

    void endNodeShrinksAndUndoRestores()
    {
        MainWindow w;
        ParseReviewWidget* r = w.openModel(mModel);
        SETTLE(r);
        ModelDocument* doc = r->document();
        const int full = int(doc->graph().size());
        // End at the 10th Conv node: the engine says how big the graph must then be.
        QString end;
        int convs = 0;
        for (const auto& n : doc->source().nodes)
            if (n.op == "Conv" && ++convs == 10) end = QString::fromStdString(n.name);
        ImportOptions options;
        options.endNodes = {end.toStdString()};
        const size_t expected = importOnnx(mModel.toStdString(), options).graph.size();
        doc->setScope(doc->startNodes(), {end}, "end");
        QVERIFY(doc->awaitingReparse());
        QVERIFY(doc->isDirty());
        doc->reparse();
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isParsing() && !doc->awaitingReparse(), 20000);
        QCOMPARE(doc->graph().size(), expected);
        QVERIFY(int(expected) < full);
        doc->undoStack()->undo();
        QVERIFY(doc->endNodes() != QStringList{end});
        doc->reparse();
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isParsing() && !doc->awaitingReparse(), 20000);
        QCOMPARE(int(doc->graph().size()), full);
    }

    /// The wheel scrolls the graph; Ctrl+wheel zooms (the desktop convention).
    void wheelScrollsAndCtrlWheelZooms()
    {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        ParseReviewWidget* r = w.openModel(mModel);
        SETTLE(r);
        GraphView* view = r->parsedView();
        view->setZoom(1.0, QPointF(0, 0));
        const double zoom = view->zoom();
        const int scroll = view->verticalScrollBar()->value();
        const QPointF at = view->viewport()->rect().center();
        auto wheel = [&](Qt::KeyboardModifiers mods) {
            QWheelEvent e(at, view->viewport()->mapToGlobal(at.toPoint()), QPoint(), QPoint(0, -240), Qt::NoButton, mods,
                          Qt::NoScrollPhase, false);
            QApplication::sendEvent(view->viewport(), &e);
        };
        wheel(Qt::NoModifier);
        QCOMPARE(view->zoom(), zoom);
        QVERIFY2(view->verticalScrollBar()->value() > scroll, "the wheel did not scroll down");
        wheel(Qt::ControlModifier);
        QVERIFY(view->zoom() < zoom);
    }

    /// "Cut here" leaves exactly one end node (a smaller graph, as the engine computes it);
    /// "Add as an extra output" keeps the end nodes and adds one.
    void cutHereAndAddOutputAreExplicit()
    {
        MainWindow w;
        ParseReviewWidget* r = w.openModel(mModel);
        SETTLE(r);
        ModelDocument* doc = r->document();
        const int full = int(doc->graph().size());
        QStringList convs;
        for (const auto& n : doc->source().nodes)
            if (n.op == "Conv") convs.append(QString::fromStdString(n.name));
        QVERIFY(convs.size() > 10);
        r->cutHere(convs[9]);
        QCOMPARE(doc->endNodes(), QStringList{convs[9]});
        doc->reparse();
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isParsing() && !doc->awaitingReparse(), 20000);
        ImportOptions options;
        options.endNodes = {convs[9].toStdString()};
        QCOMPARE(doc->graph().size(), importOnnx(mModel.toStdString(), options).graph.size());
        QVERIFY(int(doc->graph().size()) < full);
        QCOMPARE(doc->graph().outputLayers().size(), size_t(1));
        r->addOutput(convs[4]);
        QCOMPARE(doc->endNodes(), (QStringList{convs[9], convs[4]}));
        doc->reparse();
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isParsing() && !doc->awaitingReparse(), 20000);
        QCOMPARE(doc->graph().outputLayers().size(), size_t(2));
        r->addOutput(convs[4]);  // already an output: no second entry, no undo step
        QCOMPARE(doc->endNodes().size(), 2);
        doc->undoStack()->undo();
        QCOMPARE(doc->endNodes(), QStringList{convs[9]});
    }

    void tfliteModelReviewsLikeOnnx()
    {
        // MediaPipe's selfie segmentation (npm), under a neutral name: the content decides.
        const QString path = mDir.filePath("selfie.model");
        QFile::remove(path);
        QVERIFY(QFile::copy(QString::fromStdString(test::assetModel("selfie_segmentation.tflite")), path));
        MainWindow w;
        ParseReviewWidget* r = w.openModel(path);
        SETTLE(r);
        ModelDocument* doc = r->document();
        QVERIFY(doc->report().ok());
        QCOMPARE(r->originalScene()->nodeCount(), 136);  // 246 operators, 110 fp16 DEQUANTIZE folded
        QCOMPARE(r->parsedScene()->nodeCount(), int(doc->graph().size()));
        // MediaPipe's custom transposed convolution maps to the deconv layer and back.
        r->selectOriginal({"segment"});
        const QStringList layers = r->parsedScene()->selectedIds();
        QCOMPARE(layers.size(), 1);
        QCOMPARE(QString::fromStdString(doc->graph().layer(layers[0].toStdString()).type()), QString("deconv"));
        ImportOptions options;
        options.endNodes = {"re_lu_1"};
        const size_t expected = importTflite(path.toStdString(), options).graph.size();
        doc->setScope(doc->startNodes(), {"re_lu_1"}, "end");
        doc->reparse();
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isParsing() && !doc->awaitingReparse(), 20000);
        QCOMPARE(doc->graph().size(), expected);
        QVERIFY(expected < 10);
    }

    void brokenFilesGiveAMessage_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QString(DFC_SOURCE_DIR) + "/tests/data/errors");
        const QStringList files = dir.entryList({"*.onnx", "*.tflite", "*.har", "*.dfcproj"}, QDir::Files);
        if (files.size() < 10) qFatal("tests/data/errors holds %d broken files, expected 10", int(files.size()));
        for (const QString& f : files) QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void brokenFilesGiveAMessage()
    {
        QFETCH(QString, file);
        MainWindow w;
        w.openFile(file);
        QTRY_VERIFY_WITH_TIMEOUT(!w.lastError().isEmpty(), 20000);
        qInfo("%s", qPrintable(w.lastError()));
    }

    void harAloneShowsTheParsedGraphOnly()
    {
        const QString har = mDir.filePath("m.har");
        {
            MainWindow w;
            ParseReviewWidget* r = w.openModel(mModel);
            SETTLE(r);
            r->document()->saveHar(har);
        }
        MainWindow w;
        ParseReviewWidget* r = w.openModel(har);
        SETTLE(r);
        QVERIFY(r->originalView()->isHidden());
        QCOMPARE(r->parsedScene()->nodeCount(), int(r->document()->graph().size()));
    }

    /// File → Open recent lists models and projects, newest first; a vanished file is shown
    /// but not offered.
    void recentFilesAreInTheFileMenu()
    {
        QSettings().remove("recentFiles");
        QSettings().remove("recentProjects");
        const QString gone = mDir.filePath("gone.onnx");
        QFile::copy(mModel, gone);
        MainWindow w;
        ParseReviewWidget* first = w.openModel(gone);
        SETTLE(first);
        ParseReviewWidget* second = w.openModel(mModel);
        SETTLE(second);
        QFile::remove(gone);
        QCOMPARE(w.recentFiles(), (QStringList{QFileInfo(mModel).absoluteFilePath(), QFileInfo(gone).absoluteFilePath()}));
        auto* menu = w.findChild<QMenu*>("recentMenu");
        QVERIFY(menu);
        emit menu->aboutToShow();
        const QList<QAction*> entries = menu->actions();
        QCOMPARE(entries[0]->text(), QString("mobilenet_v2.onnx"));
        QVERIFY(entries[0]->isEnabled());
        QCOMPARE(entries[1]->text(), QString("gone.onnx"));
        QVERIFY(!entries[1]->isEnabled());
        entries[0]->trigger();
        QCOMPARE(w.reviews().size(), 3);
        ParseReviewWidget* third = w.reviews().last();
        SETTLE(third);
    }

    /// Parse → Verify against the outputs of the user's framework (here ONNX Runtime, run on
    /// the same input through tools/reference/ort_run.mjs): they match; an expected array that
    /// is off by 0.5 in one value is reported as differing, with that error.
    void verifyComparesWithTheFramework()
    {
        MainWindow w;
        ParseReviewWidget* r = w.openModel(mModel);
        SETTLE(r);
        Tensor x({1, 3, 224, 224});
        uint32_t state = 12345;
        for (float& v : x.data) v = float((state = state * 1664525u + 1013904223u) >> 8) / float(1 << 24);
        const QString input = mDir.filePath("verify_x.npy"), ort = mDir.filePath("verify_ort");
        writeNpyFile(input.toStdString(), x);
        QString log;
        const int rc = test::runProgram("node", {QString(DFC_SOURCE_DIR) + "/tools/reference/ort_run.mjs", mModel, ort,
                                                 "input=" + input}, &log, 120000);
        QVERIFY2(rc == 0, qPrintable(log));
        VerifyDialog dialog(r->document());
        dialog.setInputFile("input", input);
        dialog.setExpected(ort);
        dialog.run();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.job()->isRunning(), 30000);
        QCOMPARE(dialog.report().outputs.size(), size_t(1));
        QVERIFY(dialog.report().unusedFiles.empty());  // ort's saved input is not taken for an output
        const OutputCheck first = dialog.report().outputs[0];
        QVERIFY2(first.compared, first.note.c_str());
        QVERIFY2(first.matches(), qPrintable(QString("max |error| %1").arg(first.maxAbsError)));
        QCOMPARE(dialog.table()->item(0, 4)->text(), QString("matches"));
        qInfo("native vs ONNX Runtime: max |error| %g, mean %g, expected range %g", first.maxAbsError, first.meanAbsError,
              first.maxAbsExpected);
        Tensor expected = readNpyFile(first.expectedFile);
        expected.data[7] += 0.5f;
        writeNpyFile(first.expectedFile, expected);
        dialog.run();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.job()->isRunning(), 30000);
        const OutputCheck second = dialog.report().outputs[0];
        QVERIFY(!second.matches());
        QVERIFY(std::fabs(second.maxAbsError - 0.5) < 1e-3);
        QCOMPARE(dialog.table()->item(0, 4)->text(), QString("differs"));
    }

    void projectRoundTrip()
    {
        const QString project = mDir.filePath("p.dfcproj");
        QString end;
        {
            MainWindow w;
            ParseReviewWidget* r = w.openModel(mModel);
            SETTLE(r);
            for (const auto& n : r->document()->source().nodes)
                if (n.op == "Conv") end = QString::fromStdString(n.name);  // the last Conv
            r->document()->setScope(r->document()->startNodes(), {end}, "end");
            r->document()->setHwArch("hailo8r");
            r->document()->setModelScript("model_optimization_flavor(optimization_level=1)\n", "script");
            w.setSaveHarsBesideProject(true);  // the question a user answers on the first save
            const QString har = mDir.filePath("mobilenet_v2.har");
            QFile::remove(har);
            QVERIFY(w.saveProject(project));
            QVERIFY(!r->document()->isDirty());
            // The new end node awaits a re-parse: a HAR now would contradict the project.
            QVERIFY(!QFile::exists(har));
            r->document()->reparse();
            SETTLE(r);
            r->parsedView()->setZoom(1.75, QPointF(100, 300));
            QVERIFY(w.saveProject(project));
            QVERIFY(QFile::exists(har));  // the HAR beside the project, with the project's end node
            Runner saved;
            saved.loadHar(har.toStdString());
            QCOMPARE(saved.parseReport().endNodes, std::vector<std::string>{end.toStdString()});
        }
        MainWindow w;
        QVERIFY(w.openProject(project));
        QCOMPARE(w.saveHarsBesideProject(), std::optional<bool>(true));
        QCOMPARE(w.reviews().size(), 1);
        ParseReviewWidget* r = w.reviews().first();
        SETTLE(r);
        QCOMPARE(r->document()->endNodes(), QStringList{end});
        QCOMPARE(r->document()->report().endNodes, std::vector<std::string>{end.toStdString()});
        QCOMPARE(r->document()->hwArch(), QString("hailo8r"));
        QCOMPARE(r->document()->modelScript(), QString("model_optimization_flavor(optimization_level=1)\n"));
        QCOMPARE(w.stageBar()->targetBox()->currentText(), QString("hailo8r"));
        QTRY_COMPARE_WITH_TIMEOUT(r->parsedView()->zoom(), 1.75, 5000);  // view state came back too
        QVERIFY(!r->document()->isDirty());
    }
};

QTEST_MAIN(TestStudio)
#include "test_studio.moc"
