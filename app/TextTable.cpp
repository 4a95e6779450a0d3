#include "TextTable.h"

namespace gatehouse::app {

TextTable::TextTable(QStringList header)
{
    m_rows.append(std::move(header));
}

void TextTable::addRow(QStringList row)
{
    while (row.size() < m_rows.constFirst().size())
        row.append(QString());
    m_rows.append(std::move(row));
}

QString TextTable::toString() const
{
    QList<qsizetype> widths(m_rows.constFirst().size(), 0);
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    QString text;
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.value(i) + 2) : row.at(i);
        text += line + u'\n';
    }
    return text;
}

} // namespace gatehouse::app
