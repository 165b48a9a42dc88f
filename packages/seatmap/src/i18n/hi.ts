import type { seatMapEn } from "./en.ts";

/** The seat map's own words. */
export const seatMapHi: typeof seatMapEn = {
  map: {
    name: "सीटों का नक्शा, {{hall}}",
    keyboardHelp:
      "सीटों के बीच जाने के लिए ऐरो कुंजियाँ, चुनने के लिए Enter या Space, ज़ूम के लिए + और −, सेक्शन बदलने के लिए Page Up और Page Down दबाएँ।",
    position: "पंक्ति {{row}}, सीट {{number}}",
    title: "पंक्ति {{row}} · सीट {{number}}",
    zoomIn: "ज़ूम इन करें",
    zoomOut: "ज़ूम आउट करें",
    resetView: "पूरा हॉल दिखाएँ",
    legend: "कीमतें और संकेत",
    highlightTier: "{{tier}} सीटें हाइलाइट करें",
    soldOut: "सब बिक गईं",
    left_one: "{{count}} बची है",
    left_other: "{{count}} बची हैं",
  },
  status: {
    available: "उपलब्ध",
    held: "होल्ड पर",
    sold: "बिक चुकी",
    blocked: "बिक्री के लिए नहीं",
    selected: "चुनी गई",
    yours: "आपकी सीटें",
  },
  state: {
    available: "उपलब्ध",
    held: "होल्ड पर",
    sold: "बिक चुकी",
    blocked: "बिक्री के लिए नहीं",
    selected: "चुनी गई",
  },
  features: {
    wheelchair: "व्हीलचेयर की जगह",
    companion: "साथी की सीट",
    access: "आसान पहुँच",
  },
  stage: {
    screen: "स्क्रीन",
    stage: "मंच",
    court: "कोर्ट / मंच",
  },
};
