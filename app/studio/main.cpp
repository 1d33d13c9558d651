// dataflow-studio — the Studio: parse review for ONNX and TFLite models, projects, docks.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include "language.h"
#include "main_window.h"

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName("DataflowStudio");
    QApplication::setApplicationName("dataflow-studio");
    QApplication::setApplicationVersion(DFC_VERSION);
    QApplication::setWindowIcon(QIcon::fromTheme("dataflow-studio", QIcon(":/icons/dataflow-studio.svg")));
    QGuiApplication::setDesktopFileName("dataflow-studio");  // Wayland matches windows to the menu entry by it

    // Language: the user's choice in Settings, else the system locale (changeable while running).
    dfc::ui::applyLanguage(dfc::ui::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Dataflow Studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption demo("demo", QApplication::translate("main", "Open the demo model"));
    parser.addOption(demo);
    parser.addPositionalArgument("files", QApplication::translate("main", "Models (.onnx, .tflite, .har) or projects (.dfcproj) to open"));
    parser.process(app);

    dfc::ui::MainWindow window;
    window.show();
    for (const QString& f : parser.positionalArguments()) window.openFile(f);
    if (parser.isSet(demo)) window.openDemoModel();
    return app.exec();
}
