// Vietnamese for plotly's own texts (toolbar tooltips, notices). plotly.js ships no Vietnamese dictionary (its
// upstream "vi" locale has only date names), so the figures' config.locale = "vi" (components/theme.graph_config)
// points here. Registered as soon as plotly.js is on the page, before any graph is drawn.
(function () {
  var locale = {
    moduleType: "locale",
    name: "vi",
    dictionary: {
      "Autoscale": "Tự động co giãn",
      "Box Select": "Chọn bằng khung",
      "Lasso Select": "Chọn tự do",
      "Compare data on hover": "So sánh số liệu khi rê chuột",
      "Show closest data on hover": "Hiện số liệu gần nhất khi rê chuột",
      "Toggle show closest data on hover": "Bật/tắt số liệu gần nhất khi rê chuột",
      "Toggle Spike Lines": "Bật/tắt đường gióng",
      "Pan": "Kéo",
      "Zoom": "Phóng to vùng chọn",
      "Zoom in": "Phóng to",
      "Zoom out": "Thu nhỏ",
      "Reset": "Đặt lại",
      "Reset axes": "Đặt lại trục",
      "Reset view": "Đặt lại khung nhìn",
      "Reset views": "Đặt lại các khung nhìn",
      "Double-click to zoom back out": "Bấm đúp để thu nhỏ lại",
      "Double-click on legend to isolate one trace": "Bấm đúp vào chú giải để chỉ xem một nhóm",
      "Download plot": "Tải biểu đồ",
      "Download plot as a PNG": "Tải biểu đồ dạng PNG",
      "Preparing image - this may take a few seconds": "Đang chuẩn bị ảnh, có thể mất vài giây",
      "Image download succeeded": "Đã tải ảnh",
      "Sorry, there was a problem downloading your image!": "Rất tiếc, không tải được ảnh!",
      "trace": "nhóm"
    },
    format: {
      days: ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"],
      shortDays: ["CN", "T2", "T3", "T4", "T5", "T6", "T7"],
      months: ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
               "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"],
      shortMonths: ["Th1", "Th2", "Th3", "Th4", "Th5", "Th6", "Th7", "Th8", "Th9", "Th10", "Th11", "Th12"],
      date: "%d/%m/%Y",
      decimal: ",",
      thousands: "."
    }
  };
  function register() {
    if (window.Plotly && window.Plotly.register) {
      window.Plotly.register(locale);
      return true;
    }
    return false;
  }
  if (!register()) {
    // plotly.js not loaded yet (it is normally listed before the assets): try again until it is
    var timer = setInterval(function () { if (register()) { clearInterval(timer); } }, 20);
  }
})();
