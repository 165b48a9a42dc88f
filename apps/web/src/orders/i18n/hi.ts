import type { Translation } from "@marquee/ui";
import type { CancellationMessages } from "./en.ts";

export const cancellationHi: Translation<CancellationMessages> = {
  heading: "यह बुकिंग रद्द करें?",
  choose: "रद्द करने के लिए टिकट",
  ticket: "{{seat}} · {{tier}}",
  noneChosen: "रद्द करने के लिए कम से कम एक टिकट चुनें।",
  othersStay_one: "आपका बाकी टिकट मान्य रहेगा।",
  othersStay_other: "आपके बाकी {{count}} टिकट मान्य रहेंगे।",
  working: "आपका रिफ़ंड निकाल रहे हैं…",
  refundLabel: "आपको वापस मिलेंगे",
  percent: "टिकट की क़ीमत का {{percent}}%, उसी भुगतान माध्यम में।",
  feesKept: "बुकिंग शुल्क वापस नहीं होता।",
  noRefund: "शो के इतने क़रीब रद्द करने पर कोई रिफ़ंड नहीं मिलता।",
  keep: "बुकिंग रखें",
  confirmAll: "बुकिंग रद्द करें",
  confirmSome_one: "{{count}} टिकट रद्द करें",
  confirmSome_other: "{{count}} टिकट रद्द करें",
  cancelTicket: "टिकट रद्द करें",
  cancelTicketLabel: "टिकट रद्द करें: {{seat}}",
  done: {
    refund_one: "{{count}} टिकट रद्द हुआ। हम {{amount}} आपके उसी भुगतान माध्यम में लौटा रहे हैं।",
    refund_other: "{{count}} टिकट रद्द हुए। हम {{amount}} आपके उसी भुगतान माध्यम में लौटा रहे हैं।",
    noRefund_one: "{{count}} टिकट रद्द हुआ।",
    noRefund_other: "{{count}} टिकट रद्द हुए।",
  },
};
