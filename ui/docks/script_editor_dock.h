#pragma once
// The model script of the active document, edited in place: syntax colours, completion of
// command names, argument names and values and the model's layer names (Ctrl+Space, or after
// two letters), the engine's findings underlined at their line:col as you type (errors,
// warnings, "accepted, not applied"), and hover help from the command registry. The text belongs
// to the document: edits reach it after a short pause, as one undoable step each.
#include <QList>
#include <QTimer>

#include "docks/document_dock.h"

class QLabel;
class QListWidget;

namespace dfc::ui {

class ScriptTextEdit;

class ScriptEditorDock : public DocumentDock {
    Q_OBJECT
public:
    struct Finding {
        enum class Severity { Error, Warning, Note } severity;
        int line = 0, column = 0;  ///< 1-based, as the engine reports them
        QString message;
    };

    explicit ScriptEditorDock(QWidget* parent = nullptr);
    ScriptTextEdit* editor() const { return mEdit; }
    /// The findings on the text shown, as of the last check.
    const QList<Finding>& findings() const { return mFindings; }
    /// Checks now (the editor otherwise waits for a pause in typing); also commits the text.
    void checkNow();
    /// Words the completer offers: commands, keywords, values and the document's layer names.
    QStringList completions() const;

protected:
    void documentChanged() override;
    void retranslateUi() override;

private:
    void check();
    void commit();
    void showDocumentScript();

    ScriptTextEdit* mEdit;
    QListWidget* mList;
    QLabel* mStatus;
    QTimer mCheckTimer, mCommitTimer;
    QList<Finding> mFindings;
    bool mLoading = false;
};

}  // namespace dfc::ui
