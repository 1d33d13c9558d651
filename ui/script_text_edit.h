#pragma once
// A plain-text editor for model scripts: syntax colours, a completer on the word being typed,
// underlined findings (set from outside) and hover help (a callback gives the text for a word).
#include <QPlainTextEdit>
#include <functional>

class QCompleter;
class QStringListModel;

namespace dfc::ui {

class ScriptTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit ScriptTextEdit(QWidget* parent = nullptr);

    void setCompletions(const QStringList& words);
    QCompleter* completer() const { return mCompleter; }
    /// Underlines: (line, column) 1-based, the word there, in `color`.
    struct Mark {
        int line, column;
        QColor color;
        QString tooltip;
    };
    void setMarks(const QList<Mark>& marks);
    const QList<Mark>& marks() const { return mMarks; }
    /// The help shown when hovering a word (empty: none).
    void setHelp(std::function<QString(const QString& word)> help) { mHelp = std::move(help); }
    /// Moves the cursor to a 1-based line:col and shows it.
    void goTo(int line, int column);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    QString wordUnderCursor() const;
    void insertCompletion(const QString& word);

    QCompleter* mCompleter;
    QStringListModel* mWords;
    QList<Mark> mMarks;
    std::function<QString(const QString&)> mHelp;
};

}  // namespace dfc::ui
