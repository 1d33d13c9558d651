#include "docks/script_editor_dock.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include "model_document.h"
#include "script/model_script.h"
#include "script/script_commands.h"
#include "script/script_parser.h"
#include "script_text_edit.h"
#include "text_util.h"

namespace dfc::ui {

namespace {

QColor colorOf(ScriptEditorDock::Finding::Severity s)
{
    switch (s) {
    case ScriptEditorDock::Finding::Severity::Error: return QColor(220, 30, 30);
    case ScriptEditorDock::Finding::Severity::Warning: return QColor(230, 140, 0);
    case ScriptEditorDock::Finding::Severity::Note: break;
    }
    return QColor(120, 120, 120);
}

ScriptEditorDock::Finding::Severity severityOf(ScriptDiagnostic::Severity s)
{
    using S = ScriptEditorDock::Finding::Severity;
    return s == ScriptDiagnostic::Severity::Error ? S::Error : s == ScriptDiagnostic::Severity::Warning ? S::Warning : S::Note;
}

/// Hover help for a command: its one line and the arguments it takes.
QString commandHelp(const ScriptCommandSpec& spec)
{
    QStringList args;
    for (const ScriptArgSpec& a : spec.keywords)
        args << (a.defaultValue.empty() ? toQ(a.name) : toQ(a.name) + "=" + toQ(a.defaultValue));
    QString text = toQ(spec.name) + ": " + toQ(spec.help);
    if (!spec.algorithms.empty()) {
        QStringList algorithms;
        for (const auto& [name, algorithm] : spec.algorithms) algorithms << toQ(name);
        text += "\n" + ScriptEditorDock::tr("Algorithms: %1").arg(algorithms.join(", "));
    }
    if (!args.isEmpty()) text += "\n" + ScriptEditorDock::tr("Arguments: %1").arg(args.join(", "));
    if (!spec.applied) text += "\n" + ScriptEditorDock::tr("Accepted, not applied by this version.");
    return text;
}

}  // namespace

ScriptEditorDock::ScriptEditorDock(QWidget* parent) : DocumentDock("scriptEditorDock", parent)
{
    auto* body = new QWidget(this);
    mEdit = new ScriptTextEdit(body);
    mStatus = new QLabel(body);
    mStatus->setObjectName("scriptStatus");
    mList = new QListWidget(body);
    mList->setObjectName("scriptFindings");
    mList->setMaximumHeight(110);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(mEdit, 1);
    layout->addWidget(mStatus);
    layout->addWidget(mList);
    setWidget(body);
    mCheckTimer.setSingleShot(true);
    mCheckTimer.setInterval(250);
    mCommitTimer.setSingleShot(true);
    mCommitTimer.setInterval(800);  // one undo step per pause in typing, not per key
    connect(&mCheckTimer, &QTimer::timeout, this, &ScriptEditorDock::check);
    connect(&mCommitTimer, &QTimer::timeout, this, &ScriptEditorDock::commit);
    connect(mEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (mLoading) return;
        mCheckTimer.start();
        mCommitTimer.start();
    });
    connect(mList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const Finding& f = mFindings.at(mList->row(item));
        mEdit->goTo(f.line, f.column);
    });
    mEdit->setHelp([this](const QString& word) -> QString {
        if (const ScriptCommandSpec* spec = ScriptCommandRegistry::instance().find(word.toStdString())) return commandHelp(*spec);
        if (document())
            if (const Layer* l = document()->graph().find(word.toStdString()))
                return tr("Layer %1: %2, output %3").arg(word, toQ(l->hnType()), l->outputShapes.empty() ? QString() : shapeText(l->outputShape()));
        return {};
    });
    retranslateUi();
    documentChanged();
}

QStringList ScriptEditorDock::completions() const
{
    QStringList words;
    for (const ScriptCommandSpec* spec : ScriptCommandRegistry::instance().all()) {
        words << toQ(spec->name);
        for (const ScriptArgSpec& a : spec->keywords) {
            words << toQ(a.name);
            for (const auto& c : a.choices) words << toQ(c);
        }
        for (const auto& [name, algorithm] : spec->algorithms) {
            words << toQ(name);
            for (const ScriptArgSpec& a : algorithm.keywords) {
                words << toQ(a.name);
                for (const auto& c : a.choices) words << toQ(c);
            }
        }
    }
    if (document())
        for (const Layer* l : document()->graph().layers()) words << toQ(l->name);
    words.removeDuplicates();
    return words;
}

void ScriptEditorDock::documentChanged()
{
    mEdit->setEnabled(document() != nullptr);
    if (ModelDocument* doc = document()) {
        connect(doc, &ModelDocument::modelScriptChanged, this, &ScriptEditorDock::showDocumentScript);
        connect(doc, &ModelDocument::parseFinished, this, [this] {
            mEdit->setCompletions(completions());  // the layer names changed
            check();
        });
    }
    mEdit->setCompletions(completions());
    showDocumentScript();
}

void ScriptEditorDock::showDocumentScript()
{
    const QString text = document() ? document()->modelScript() : QString();
    if (text != mEdit->toPlainText()) {
        mLoading = true;
        const int position = mEdit->textCursor().position();
        mEdit->setPlainText(text);
        QTextCursor c = mEdit->textCursor();
        c.setPosition(std::min(position, int(text.size())));
        mEdit->setTextCursor(c);
        mLoading = false;
    }
    check();
}

void ScriptEditorDock::checkNow()
{
    mCheckTimer.stop();
    check();
    commit();
}

void ScriptEditorDock::commit()
{
    mCommitTimer.stop();
    if (ModelDocument* doc = document()) doc->setModelScript(mEdit->toPlainText(), tr("Edit the model script"));
}

void ScriptEditorDock::check()
{
    mFindings.clear();
    const ModelDocument* doc = document();
    try {
        const ModelScript script = interpretScript(parseScript(mEdit->toPlainText().toStdString(), "script"),
                                                   doc && doc->graph().size() ? &doc->graph() : nullptr);
        for (const ScriptDiagnostic& d : script.check.diagnostics)
            mFindings.append({severityOf(d.severity), d.at.line, d.at.column, toQ(d.message)});
    } catch (const ScriptSyntaxError& e) {
        mFindings.append({Finding::Severity::Error, e.where().line, e.where().column, toQ(e.message())});
    } catch (const Error& e) {
        mFindings.append({Finding::Severity::Error, 1, 1, toQ(e.message())});
    }
    QList<ScriptTextEdit::Mark> marks;
    mList->clear();
    int errors = 0, warnings = 0, notes = 0;
    for (const Finding& f : mFindings) {
        marks.append({f.line, f.column, colorOf(f.severity), f.message});
        errors += f.severity == Finding::Severity::Error;
        warnings += f.severity == Finding::Severity::Warning;
        notes += f.severity == Finding::Severity::Note;
        auto* item = new QListWidgetItem(QString("%1:%2  %3").arg(f.line).arg(f.column).arg(f.message), mList);
        item->setForeground(colorOf(f.severity));
    }
    mEdit->setMarks(marks);
    mList->setVisible(!mFindings.isEmpty());
    mStatus->setText(mFindings.isEmpty() ? tr("The script checks out against this model.")
                                         : tr("%1 error(s), %2 warning(s), %3 note(s)").arg(errors).arg(warnings).arg(notes));
}

void ScriptEditorDock::retranslateUi()
{
    setWindowTitle(tr("Model script"));
    mEdit->setPlaceholderText(tr("Model script (.alls): e.g. quantization_param(conv1, precision_mode=a16_w16). "
                                 "Ctrl+Space completes; hover a command for help."));
    check();
}

}  // namespace dfc::ui
