// A small live line chart: a few series sampled at a steady pace (the server panel's
// connections and messages per second), newest on the right, each series scaled to its own
// maximum so a busy one does not flatten the others. Painted with QPainter: a sparkline needs
// no charting library.
#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

#include <deque>

namespace gatehouse::ui {

class LiveChart : public QWidget {
    Q_OBJECT

public:
    explicit LiveChart(QWidget *parent = nullptr);

    // Defines the series (and clears the samples). `name` is shown in the legend, translated.
    void addSeries(const QString &name, const QColor &color);
    // One value per series, in the order they were added; the oldest sample falls off the left.
    void addSample(const QList<double> &values);
    void clear();

    int capacity() const { return m_capacity; }
    void setCapacity(int samples);
    int sampleCount() const { return int(m_samples.size()); }
    // The latest value of a series (0 with no samples).
    double latest(int series) const;
    // The largest value of a series among the samples kept.
    double maximum(int series) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Series {
        QString name;
        QColor color;
    };
    QList<Series> m_series;
    std::deque<QList<double>> m_samples;
    int m_capacity = 60; // a minute at the server panel's pace
};

} // namespace gatehouse::ui
