// The Studio, offscreen: open the demo model, both graphs appear; selection maps through
// original_names; an end node + re-parse shrinks the graph as the engine says; undo restores
// it; broken files give a message, never a crash; projects round-trip.
#include <QtTest>

#include <QDir>

#include "graph/graph_scene.h"
#include "graph/graph_view.h"
#include "importers/onnx/onnx_importer.h"
#include "importers/tflite/tflite_importer.h"
#include "io/atomic_file.h"
#include "main_window.h"
#include "model_document.h"
#include "parse_review_widget.h"
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

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        mModel = mDir.filePath("mobilenet_v2.onnx");
        writeFileAtomic(mModel.toStdString(), buildZooNetwork("mobilenet_v2").SerializeAsString());
    }

    void demoShowsBothGraphs()
    {
        MainWindow w;
        ParseReviewWidget* r = w.openModel(mModel);
        SETTLE(r);
        QCOMPARE(r->parsedScene()->nodeCount(), int(r->document()->graph().size()));
        QCOMPARE(r->originalScene()->nodeCount(), runNodes(r->document()->source()));
        QVERIFY(r->scopePreviewText().contains(QString::number(runNodes(r->document()->source()))));
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
            r->parsedView()->setZoom(1.75, QPointF(100, 300));
            QVERIFY(w.saveProject(project));
            QVERIFY(!r->document()->isDirty());
            QVERIFY(QFile::exists(mDir.filePath("mobilenet_v2.har")));  // the HAR beside the project
        }
        MainWindow w;
        QVERIFY(w.openProject(project));
        QCOMPARE(w.reviews().size(), 1);
        ParseReviewWidget* r = w.reviews().first();
        SETTLE(r);
        QCOMPARE(r->document()->endNodes(), QStringList{end});
        QCOMPARE(r->document()->report().endNodes, std::vector<std::string>{end.toStdString()});
        QTRY_COMPARE_WITH_TIMEOUT(r->parsedView()->zoom(), 1.75, 5000);  // view state came back too
        QVERIFY(!r->document()->isDirty());
    }
};

QTEST_MAIN(TestStudio)
#include "test_studio.moc"
