// Where a message is written: a multi-line editor that grows with its text (up to a few lines),
// Enter sends, Shift+Enter starts a new line; a counter appears as the text nears the server's
// limit and turns red beyond it, when sending is refused here rather than by the server.
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace gatehouse::ui {

class ChatComposer : public QWidget {
    Q_OBJECT

public:
    explicit ChatComposer(QWidget *parent = nullptr);

    void setMaxLength(int characters);
    int maxLength() const { return m_maxLength; }
    QString text() const;
    void setText(const QString &text);
    // Why nothing can be written here (an archived room); empty to allow writing again.
    void setBlockedReason(const QString &reason);
    void setPlaceholderText(const QString &text);
    QPlainTextEdit *editor() const { return m_editor; }
    QLabel *counter() const { return m_counter; }

Q_SIGNALS:
    // The user asked to send `text` (not empty, within the limit); the composer is cleared.
    void submitted(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void onTextChanged();
    void fitHeight();

    QPlainTextEdit *m_editor;
    QLabel *m_counter;
    QPushButton *m_send;
    int m_maxLength = 4000;
    QString m_placeholder;
};

} // namespace gatehouse::ui
