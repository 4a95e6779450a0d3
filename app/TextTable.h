// A table for the terminal: a header row and rows of text in columns padded to the widest cell,
// two spaces apart. Used by every command that lists things (users, sessions, audit entries).
#pragma once

#include <QList>
#include <QStringList>

namespace gatehouse::app {

class TextTable {
public:
    explicit TextTable(QStringList header);

    void addRow(QStringList row); // missing cells are empty
    qsizetype rowCount() const { return m_rows.size() - 1; }
    // Every row including the header, each ending in a newline. The last column is not padded,
    // so lines carry no trailing spaces.
    QString toString() const;

private:
    QList<QStringList> m_rows;
};

} // namespace gatehouse::app
