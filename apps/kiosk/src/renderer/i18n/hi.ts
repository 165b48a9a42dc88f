import type { Translation } from "@marquee/ui";
import type { KioskMessages } from "./en.ts";

const kioskHi: Translation<KioskMessages> = {
  product: "कियॉस्क",
  attract: {
    eyebrow: "आज के शो के टिकट",
    heading: "आपकी सीट बस एक टैप दूर।",
    buy: "टिकट खरीदने के लिए टैप करें",
    buyHint: "इस वेन्यू के आज के शो देखें",
    pickup: "बुकिंग के टिकट लें",
    pickupHint: "ऑनलाइन बुक किया था? अपने टिकट लें",
    language: "भाषा",
    notPaired: "यह कियॉस्क अभी सेट नहीं हुआ है। स्टाफ़: इसे इसकी टर्मिनल की से सेट करें।",
  },
  buy: {
    heading: "आज के शो",
    body: "इस कियॉस्क पर टिकट खरीदने की सुविधा जल्द शुरू होगी। तब तक बॉक्स ऑफ़िस की टीम ख़ुशी से आपकी मदद करेगी।",
  },
  pickup: {
    heading: "बुकिंग के टिकट लें",
    body: "बुक किए गए टिकट यहाँ से लेने की सुविधा जल्द शुरू होगी। तब तक कृपया बॉक्स ऑफ़िस पर अपना बुकिंग कोड दिखाएँ।",
  },
  nav: {
    back: "वापस",
    startOver: "शुरुआत पर लौटें",
  },
  idle: {
    heading: "क्या आप अभी भी यहाँ हैं?",
    body: "कुछ ही सेकंड में हम शुरुआत पर लौट जाएँगे।",
    stay: "मैं यहीं हूँ",
  },
};

export default kioskHi;
