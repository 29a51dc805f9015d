// Draws the charts of the monitoring pages with ECharts. Each chart is a <div class="chart" data-chart="…">
// whose JSON names the type (line or bar), the categories and the series; the same numbers are in the data
// table next to it, which is what screen readers and keyboards use. Missing values stay gaps, never zero.
(function () {
  'use strict';
  var palette = ['#0b5fb3', '#a4161a', '#1e6b34', '#6b3fa0', '#8a5a00'];
  var locale = document.documentElement.lang || 'de';
  var numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });

  function draw(element) {
    var spec = JSON.parse(element.getAttribute('data-chart'));
    // many municipalities: horizontal bars, 25 at a time, with a slider to move through them
    var horizontal = spec.type === 'bar' && spec.categories.length > 12;
    var zoom = horizontal && spec.categories.length > 25;
    if (horizontal) {
      element.style.height = Math.min(25, spec.categories.length) * 22 + 100 + 'px';
    }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    var category = { type: 'category', data: spec.categories, inverse: horizontal, axisLabel: { color: '#1b1f24' } };
    var value = { type: 'value', axisLabel: { color: '#1b1f24', formatter: function (v) { return numbers.format(v); } } };
    chart.setOption({
      color: palette,
      animation: false,
      aria: { enabled: false },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '–' : numbers.format(v); } },
      legend: { top: 0, textStyle: { color: '#1b1f24' } },
      grid: { left: horizontal ? 180 : 60, right: zoom ? 56 : 24, top: 40, bottom: 40, containLabel: !horizontal },
      dataZoom: zoom ? [{ type: 'slider', yAxisIndex: 0, startValue: 0, endValue: 24, right: 8, width: 20 },
        { type: 'inside', yAxisIndex: 0 }] : [],
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: spec.series.map(function (s) {
        return { name: s.name, type: spec.type, data: s.data.map(function (d) { return d == null ? null : Number(d); }),
          connectNulls: false, symbolSize: 8 };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function start() {
    if (typeof echarts === 'undefined') {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('.chart[data-chart]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
})();
