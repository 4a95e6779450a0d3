#include "LiveChart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace gatehouse::ui {

LiveChart::LiveChart(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Live activity chart"));
}

void LiveChart::addSeries(const QString &name, const QColor &color)
{
    m_series.append({name, color});
    clear();
}

void LiveChart::addSample(const QList<double> &values)
{
    QList<double> sample = values;
    sample.resize(m_series.size(), 0.0);
    m_samples.push_back(std::move(sample));
    while (int(m_samples.size()) > m_capacity)
        m_samples.pop_front();
    update();
}

void LiveChart::clear()
{
    m_samples.clear();
    update();
}

void LiveChart::setCapacity(int samples)
{
    m_capacity = std::max(2, samples);
    while (int(m_samples.size()) > m_capacity)
        m_samples.pop_front();
    update();
}

double LiveChart::latest(int series) const
{
    return m_samples.empty() || series < 0 || series >= m_series.size() ? 0.0 : m_samples.back().at(series);
}

double LiveChart::maximum(int series) const
{
    double result = 0.0;
    if (series < 0 || series >= m_series.size())
        return result;
    for (const QList<double> &sample : m_samples)
        result = std::max(result, sample.at(series));
    return result;
}

QSize LiveChart::sizeHint() const
{
    return {240, 8 * fontMetrics().height()};
}

QSize LiveChart::minimumSizeHint() const
{
    return {120, 5 * fontMetrics().height()};
}

void LiveChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colors = palette();
    const int lineHeight = fontMetrics().height();
    const QRectF plot = QRectF(rect()).adjusted(1, lineHeight + 4, -1, -1);

    painter.fillRect(plot, colors.color(QPalette::Base));
    painter.setPen(QPen(colors.color(QPalette::Mid), 1));
    painter.drawRect(plot);
    // Grid: quarters, faint.
    QColor grid = colors.color(QPalette::Mid);
    grid.setAlpha(60);
    painter.setPen(QPen(grid, 1, Qt::DotLine));
    for (int i = 1; i < 4; ++i) {
        const double y = plot.top() + plot.height() * i / 4.0;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }

    // Legend: name and latest value of each series, in its colour.
    const QLocale locale;
    double x = 0;
    for (int s = 0; s < m_series.size(); ++s) {
        const QString text = QStringLiteral("%1 %2").arg(
            m_series.at(s).name, locale.toString(latest(s), 'f', latest(s) < 10 ? 1 : 0));
        painter.setPen(m_series.at(s).color);
        painter.drawText(QPointF(x, lineHeight - fontMetrics().descent()), text);
        x += fontMetrics().horizontalAdvance(text) + lineHeight;
    }

    if (m_samples.size() < 2)
        return;
    const double step = plot.width() / double(m_capacity - 1);
    for (int s = 0; s < m_series.size(); ++s) {
        const double top = std::max(1.0, maximum(s)) * 1.1;
        QPainterPath path;
        const double firstX = plot.right() - step * double(m_samples.size() - 1);
        for (size_t i = 0; i < m_samples.size(); ++i) {
            const QPointF point(firstX + step * double(i),
                                plot.bottom() - plot.height() * (m_samples.at(i).at(s) / top));
            if (i == 0)
                path.moveTo(point);
            else
                path.lineTo(point);
        }
        painter.setPen(QPen(m_series.at(s).color, 1.5));
        painter.drawPath(path);
    }
}

} // namespace gatehouse::ui
