// dfc-bench-studio FILE [INPUT=N,C,H,W]: open-to-interactive time of the Studio (file chosen →
// parsed, both graphs laid out and drawn) and peak RSS. Runs offscreen.
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>

#include <sys/resource.h>

#include "graph/graph_scene.h"
#include "graph/graph_view.h"
#include "main_window.h"
#include "model_document.h"
#include "parse_review_widget.h"

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: dfc-bench-studio MODEL [INPUT=N,C,H,W]\n");
        return 2;
    }
    dfc::ui::MainWindow window;
    window.show();
    QElapsedTimer timer;
    timer.start();
    auto* review = window.openModel(QString::fromLocal8Bit(argv[1]));
    if (!review) return 1;
    if (argc > 2) {  // input shapes for dynamic models: re-parse with them
        const QString spec = QString::fromLocal8Bit(argv[2]);
        QMap<QString, QList<qint64>> shapes;
        for (const QString& d : spec.section('=', 1).split(',')) shapes[spec.section('=', 0, 0)].append(d.toLongLong());
        auto* doc = review->document();
        doc->cancelParse();
        doc->setInputShapes(shapes, "input shapes");
        // The first parse ends (cancelled, or failed for want of the shapes): parse again once.
        QObject::connect(doc->job(), &dfc::ui::Job::finished, doc, [doc] { doc->reparse(); }, Qt::SingleShotConnection);
    }
    auto* poll = new QTimer(&app);
    qint64 firstShown = -1, parsed = -1;  // the first graph on screen, whichever side; the parse done
    QObject::connect(poll, &QTimer::timeout, [&] {
        if (parsed < 0 && review->document()->hasParse() && !review->document()->isParsing()) parsed = timer.elapsed();
        if (firstShown < 0 && (review->originalScene()->nodeCount() > 0 || review->parsedScene()->nodeCount() > 0))
            firstShown = timer.elapsed();
        auto* doc = review->document();
        if (!doc->hasParse() || doc->isParsing()) return;
        if (review->parsedScene()->isLayingOut() || review->originalScene()->isLayingOut()) return;
        // A parse with unsupported nodes has no parsed graph yet: the original side is what is shown.
        if (review->parsedScene()->nodeCount() == 0 && doc->report().ok()) return;
        if (review->originalScene()->nodeCount() == 0) return;
        review->parsedView()->viewport()->repaint();
        review->originalView()->viewport()->repaint();
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("%s: %d source nodes, %d layers; parsed %lld ms; first graph shown %lld ms; open-to-interactive %lld ms; "
                    "peak RSS %ld MB\n", argv[1], review->originalScene()->nodeCount(), review->parsedScene()->nodeCount(),
                    static_cast<long long>(parsed), static_cast<long long>(firstShown), static_cast<long long>(timer.elapsed()), usage.ru_maxrss / 1024);
        std::fflush(stdout);
        doc->setClean();  // the input shapes made it dirty: no "save?" question on the way out
        app.quit();
    });
    poll->start(5);
    return app.exec();
}
