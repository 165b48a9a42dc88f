import { inArray } from "drizzle-orm";
import type { Tx } from "../client.ts";
import { type CancellationPolicy, type CastMember, type EventMedia, events } from "../schema/catalog.ts";
import type { EventKind, ShowFormat } from "../schema/enums.ts";
import { addDays, type LocalDate, zonedTime } from "./time.ts";

/** Refund rules by notice given, most generous first. */
export const POLICIES = {
  cinema: {
    rules: [
      { hoursBefore: 4, refundPercent: 75 },
      { hoursBefore: 1, refundPercent: 50 },
    ],
  },
  stage: {
    rules: [
      { hoursBefore: 168, refundPercent: 100 },
      { hoursBefore: 48, refundPercent: 50 },
    ],
  },
  sport: { rules: [{ hoursBefore: 72, refundPercent: 100 }] },
  club: { rules: [{ hoursBefore: 24, refundPercent: 100 }] },
  stream: { rules: [{ hoursBefore: 1, refundPercent: 100 }] },
  /** Big tours sell non-refundable tickets. */
  none: { rules: [] },
} satisfies Record<string, CancellationPolicy>;

export interface EventSeed {
  slug: string;
  kind: EventKind;
  title: string;
  tagline: string;
  description: string;
  genres: string[];
  /** BCP 47; the first is the original language. */
  languages: string[];
  durationMinutes: number;
  certification: string | null;
  cast: CastMember[];
  policy: keyof typeof POLICIES;
  /** Movies: formats screenings rotate through. */
  formats?: ShowFormat[];
  /** Movies: released this many days before the seed day. */
  releasedDaysAgo?: number;
  draft?: boolean;
}

const cast = (name: string, role: string): CastMember => ({ name, role, kind: "cast" });
const crew = (name: string, role: string): CastMember => ({ name, role, kind: "crew" });

const movie = (event: Omit<EventSeed, "kind" | "policy"> & { policy?: EventSeed["policy"] }): EventSeed => ({
  kind: "movie",
  policy: "cinema",
  ...event,
});

/** 43 fictional events: 21 films, 5 plays, 7 concerts, 3 fixtures, 3 comedy shows, 4 streams. */
export const EVENTS: readonly EventSeed[] = [
  // Films in English
  movie({
    slug: "orbit-of-glass",
    title: "Orbit of Glass",
    tagline: "Four hundred kilometres up, the only way home is through each other.",
    description:
      "When a debris strike cripples a commercial space station, its exhausted flight engineer has ninety minutes to bring five strangers home. A tense, luminous survival story shot for the largest screens.",
    genres: ["Sci-Fi", "Thriller"],
    languages: ["en", "hi", "ja"],
    durationMinutes: 142,
    certification: "12A",
    formats: ["2D", "IMAX", "3D"],
    releasedDaysAgo: 9,
    cast: [
      cast("Marisol Vega", "Commander Ines Calder"),
      cast("Tobias Wren", "Dr. Elliot Marsh"),
      cast("Priya Natarajan", "Flight Engineer Asha Rao"),
      crew("Henrik Dahl", "Director"),
      crew("Yuki Tanabe", "Music"),
    ],
  }),
  movie({
    slug: "the-last-lighthouse-keeper",
    title: "The Last Lighthouse Keeper",
    tagline: "Some lights are worth keeping on.",
    description:
      "On a Hebridean island facing automation, an ageing lighthouse keeper and the engineer sent to replace him weather one long winter together. Quiet, funny and devastating.",
    genres: ["Drama"],
    languages: ["en"],
    durationMinutes: 118,
    certification: "12A",
    releasedDaysAgo: 16,
    cast: [
      cast("Callum Reid", "Angus MacLeod"),
      cast("Nadia Osei", "Ruth Adair"),
      crew("Fiona Blackwood", "Director"),
      crew("Sam Achterberg", "Cinematography"),
    ],
  }),
  movie({
    slug: "paper-tigers",
    title: "Paper Tigers",
    tagline: "Two retired forgers. One impossible commission.",
    description:
      "A pair of feuding, long-retired art forgers are blackmailed into copying a painting that does not exist. A caper that moves from Lisbon flea markets to a Geneva vault.",
    genres: ["Action", "Comedy", "Crime"],
    languages: ["en", "hi"],
    durationMinutes: 106,
    certification: "15",
    releasedDaysAgo: 4,
    cast: [
      cast("Desmond Achebe", "Victor Lamb"),
      cast("Greta Holm", "Sylvie Moreau"),
      cast("Arjun Bhatia", "Inspector Kaul"),
      crew("Lena Okoro", "Director"),
    ],
  }),
  movie({
    slug: "midnight-at-the-marigold",
    title: "Midnight at the Marigold",
    tagline: "The kitchen closes at midnight. Their story doesn't.",
    description:
      "A night-shift chef and a food critic with a secret keep running into each other at the last curry house open in Brick Lane. A warm romantic comedy about second servings.",
    genres: ["Romance", "Comedy"],
    languages: ["en"],
    durationMinutes: 101,
    certification: "PG",
    releasedDaysAgo: 23,
    cast: [
      cast("Sana Mirza", "Farah"),
      cast("Oliver Penhaligon", "Jonah"),
      crew("Rukhsana Begum", "Director"),
    ],
  }),
  movie({
    slug: "hollow-creek",
    title: "Hollow Creek",
    tagline: "Don't answer the bell after dark.",
    description:
      "A family moves into a restored schoolhouse in the Catskills, where the old bell rings every night at 3:13. Slow-burn folk horror with a mean streak.",
    genres: ["Horror", "Mystery"],
    languages: ["en"],
    durationMinutes: 97,
    certification: "15",
    releasedDaysAgo: 2,
    cast: [
      cast("Hannah Kowalski", "Claire Dunn"),
      cast("Marcus Ellery", "Tom Dunn"),
      crew("Jae-won Park", "Director"),
    ],
  }),
  movie({
    slug: "atlas-of-small-things",
    title: "Atlas of Small Things",
    tagline: "The biggest adventure fits in a pocket.",
    description:
      "A beetle cartographer sets out to map the whole back garden before the summer ends. An animated family adventure full of tiny wonders and one very large cat.",
    genres: ["Animation", "Family", "Adventure"],
    languages: ["en", "hi"],
    durationMinutes: 92,
    certification: "U",
    formats: ["2D", "3D"],
    releasedDaysAgo: 12,
    cast: [
      cast("Ruby Castellano", "Pip (voice)"),
      cast("Gideon Marsh", "Sir Whiskers (voice)"),
      crew("Anouk Verhoeven", "Director"),
    ],
  }),
  movie({
    slug: "the-cartographers-son",
    title: "The Cartographer's Son",
    tagline: "He drew the borders. His son had to cross them.",
    description:
      "Spanning Lahore, London and Berlin between 1946 and 1961, the son of a boundary surveyor tries to find the village his father's pen erased. An epic of maps, memory and family.",
    genres: ["Drama", "History"],
    languages: ["en", "de"],
    durationMinutes: 155,
    certification: "12A",
    releasedDaysAgo: 30,
    cast: [
      cast("Kabir Sethi", "Iqbal Rahman"),
      cast("Johanna Keller", "Liesel Brandt"),
      cast("Anthony Greaves", "Sir Ronald Hale"),
      crew("Meera Joshi", "Director"),
      crew("Klaus Oberhauser", "Production Design"),
    ],
  }),
  movie({
    slug: "fast-lane-fugitives",
    title: "Fast Lane Fugitives",
    tagline: "No brakes. No backup. No way out.",
    description:
      "A getaway driver on her last job discovers the cargo in her boot is a twelve-year-old witness. A non-stop chase from the docks of Rotterdam to the Alps.",
    genres: ["Action", "Thriller"],
    languages: ["en", "hi"],
    durationMinutes: 124,
    certification: "15",
    formats: ["2D", "4DX"],
    releasedDaysAgo: 6,
    cast: [
      cast("Zara Quintero", "Dani Ruiz"),
      cast("Idris Falk", "Mr. Verhoeven"),
      crew("Brett Calloway", "Director"),
    ],
  }),
  // Hindi, Marathi, Kannada, Tamil, Telugu
  movie({
    slug: "dil-ki-dhun",
    title: "Dil Ki Dhun",
    tagline: "Ek gaana, do dil, teen sheher.",
    description:
      "A Banarasi shehnai player and a Mumbai music producer fall out over a song they both claim to have written. A sweeping musical romance with twelve original songs.",
    genres: ["Romance", "Musical", "Drama"],
    languages: ["hi"],
    durationMinutes: 152,
    certification: "UA 13+",
    releasedDaysAgo: 8,
    cast: [
      cast("Ishaan Malhotra", "Raghav"),
      cast("Tara Deshmukh", "Meher"),
      cast("Vikram Sahni", "Pandit Gopal Das"),
      crew("Anjali Kapoor", "Director"),
      crew("Sameer Qureshi", "Music"),
    ],
  }),
  movie({
    slug: "shikaar",
    title: "Shikaar",
    tagline: "In the forest, the hunter is also hunted.",
    description:
      "A forest officer in the Satpura hills tracks a poaching ring that seems to know her every move. A taut thriller about loyalty, land and the people who guard it.",
    genres: ["Thriller", "Crime"],
    languages: ["hi"],
    durationMinutes: 138,
    certification: "A",
    releasedDaysAgo: 3,
    cast: [
      cast("Radhika Iyer", "DFO Kavya Sharma"),
      cast("Manav Rathore", "Bhairav Singh"),
      crew("Nikhil Bhandari", "Director"),
    ],
  }),
  movie({
    slug: "chaalbaaz-company",
    title: "Chaalbaaz Company",
    tagline: "Fake it till you float it.",
    description:
      "Three friends in Pune launch a start-up with no product, one investor and a very convincing pitch deck. A fast, loud comedy about jugaad and ambition.",
    genres: ["Comedy"],
    languages: ["hi"],
    durationMinutes: 129,
    certification: "UA 7+",
    releasedDaysAgo: 15,
    cast: [
      cast("Rohit Chawla", "Bunty"),
      cast("Neha Vaidya", "Pallavi"),
      cast("Farhan Lakdawala", "Zubin"),
      crew("Sunil Mehra", "Director"),
    ],
  }),
  movie({
    slug: "mitti-ke-rang",
    title: "Mitti Ke Rang",
    tagline: "Every pot remembers the hands that made it.",
    description:
      "A potter's daughter from Kutch returns home to save the family kiln from a highway project. A gentle drama about craft, memory and belonging.",
    genres: ["Drama", "Family"],
    languages: ["hi", "gu"],
    durationMinutes: 134,
    certification: "U",
    releasedDaysAgo: 20,
    cast: [cast("Aditi Parekh", "Jamna"), cast("Harish Solanki", "Bapuji"), crew("Kiran Vora", "Director")],
  }),
  movie({
    slug: "vaari",
    title: "Vaari",
    tagline: "Two hundred kilometres. One song on every lip.",
    description:
      "A cynical Mumbai banker joins his grandmother on the pilgrimage walk to Pandharpur. A moving Marathi road film set to abhangs.",
    genres: ["Drama"],
    languages: ["mr"],
    durationMinutes: 127,
    certification: "U",
    releasedDaysAgo: 11,
    cast: [
      cast("Siddharth Kulkarni", "Aniket"),
      cast("Sulabha Gokhale", "Aaji"),
      crew("Prasad Naik", "Director"),
    ],
  }),
  movie({
    slug: "kaveri-teerada",
    title: "Kaveri Teerada",
    tagline: "The river keeps every promise.",
    description:
      "Two brothers on opposite sides of a water dispute in the Kaveri delta must decide what family is worth. A Kannada drama with grand action set pieces.",
    genres: ["Drama", "Action"],
    languages: ["kn"],
    durationMinutes: 146,
    certification: "UA 13+",
    releasedDaysAgo: 5,
    cast: [cast("Dhruva Gowda", "Shivanna"), cast("Pavithra Hegde", "Gowri"), crew("Ramesh Urs", "Director")],
  }),
  movie({
    slug: "madurai-mazhai",
    title: "Madurai Mazhai",
    tagline: "When the rain comes, so does he.",
    description:
      "A retired kabaddi champion turned bus driver takes on the contractor who flooded his neighbourhood. A Tamil mass entertainer with a big heart.",
    genres: ["Action", "Drama"],
    languages: ["ta", "te"],
    durationMinutes: 158,
    certification: "UA 16+",
    releasedDaysAgo: 7,
    cast: [
      cast("Vetri Selvan", "Muthu"),
      cast("Kavya Sundaram", "Meenakshi"),
      crew("Arul Prakash", "Director"),
    ],
  }),
  movie({
    slug: "rudra-veena",
    title: "Rudra Veena",
    tagline: "The last master. The last instrument. One last concert.",
    description:
      "A Telugu period drama about a veena maestro who must teach a street musician before his hands fail him, as a royal court's patronage collapses around them.",
    genres: ["Drama", "Musical", "History"],
    languages: ["te", "hi"],
    durationMinutes: 161,
    certification: "UA 13+",
    releasedDaysAgo: 18,
    cast: [
      cast("Chandra Mohan Rao", "Ustad Venkatadri"),
      cast("Teja Varma", "Raju"),
      crew("Lakshmi Narayana", "Director"),
    ],
  }),
  // German
  movie({
    slug: "die-stille-stadt",
    title: "Die stille Stadt",
    tagline: "Eine Stadt, die nicht mehr spricht.",
    description:
      "After a chemical accident, the residents of a small Brandenburg town stop speaking to each other, and a young teacher tries to find out why. A haunting, precise drama.",
    genres: ["Drama", "Mystery"],
    languages: ["de", "en"],
    durationMinutes: 112,
    certification: "FSK 12",
    releasedDaysAgo: 14,
    cast: [
      cast("Marlene Vogt", "Katrin Lenz"),
      cast("Jonas Albrecht", "Bürgermeister Hahn"),
      crew("Ulrike Sommer", "Director"),
    ],
  }),
  movie({
    slug: "spaete-zuege",
    title: "Späte Züge",
    tagline: "Verspätung ist relativ.",
    description:
      "Stranded overnight at a rural station, a Deutsche Bahn conductor and five furious passengers learn more about each other than any of them wanted. A bone-dry German comedy.",
    genres: ["Comedy"],
    languages: ["de"],
    durationMinutes: 98,
    certification: "FSK 6",
    releasedDaysAgo: 10,
    cast: [
      cast("Bernd Hoffmann", "Schaffner Kessler"),
      cast("Aylin Demir", "Selin"),
      crew("Tobias Krüger", "Director"),
    ],
  }),
  // Japanese
  movie({
    slug: "sakura-no-yoru",
    title: "Sakura no Yoru",
    tagline: "One night under the blossoms, once a year.",
    description:
      "Every spring for twenty years, two former classmates meet under the same cherry tree in Kyoto for a single night. A tender romance told across two decades.",
    genres: ["Romance", "Drama"],
    languages: ["ja", "en"],
    durationMinutes: 110,
    certification: "G",
    releasedDaysAgo: 19,
    cast: [cast("Haruka Mori", "Aoi"), cast("Kenji Sato", "Ren"), crew("Naoko Ishida", "Director")],
  }),
  movie({
    slug: "kaiju-harbor",
    title: "Kaiju Harbor",
    tagline: "The sea has been patient long enough.",
    description:
      "When a colossal creature surfaces in Yokohama Bay and simply sits there, a junior harbour official becomes the only person it seems to listen to. Spectacle with a sense of humour.",
    genres: ["Action", "Sci-Fi"],
    languages: ["ja", "en"],
    durationMinutes: 121,
    certification: "PG12",
    formats: ["2D", "IMAX"],
    releasedDaysAgo: 1,
    cast: [
      cast("Takeshi Fujimoto", "Daichi Kuroda"),
      cast("Emi Watanabe", "Dr. Sayaka Ito"),
      crew("Hiroshi Okada", "Director"),
    ],
  }),
  movie({
    slug: "hoshizora-delivery",
    title: "Hoshizora Delivery",
    tagline: "Parcels for the stars, delivered by bicycle.",
    description:
      "A girl who delivers letters to the night sky on her grandfather's bicycle loses one parcel, and must cross the Milky Way to find it. A hand-drawn animated fable.",
    genres: ["Animation", "Family", "Fantasy"],
    languages: ["ja", "en"],
    durationMinutes: 104,
    certification: "G",
    releasedDaysAgo: 25,
    cast: [
      cast("Mio Kobayashi", "Hana (voice)"),
      cast("Ichiro Yamada", "Grandfather (voice)"),
      crew("Sora Nakamura", "Director"),
    ],
  }),

  // Plays and musicals
  {
    slug: "the-lamplighters-daughter",
    kind: "play",
    title: "The Lamplighter's Daughter",
    tagline: "London, 1899. The gas is going out.",
    description:
      "As electric light spreads through Victorian London, the last lamplighter of Clerkenwell and his daughter fight to keep their street, and each other, from going dark. A new play with live music.",
    genres: ["Drama", "Period"],
    languages: ["en"],
    durationMinutes: 150,
    certification: "12+",
    policy: "stage",
    cast: [
      cast("Eleanor Whitby", "Maud Hollis"),
      cast("Gareth Pryce", "Samuel Hollis"),
      crew("Imogen Farrow", "Director"),
      crew("Nathaniel Crowe", "Playwright"),
    ],
  },
  {
    slug: "brass-and-bone",
    kind: "play",
    title: "Brass & Bone: A New Musical",
    tagline: "The band that built a city.",
    description:
      "A Harlem brass band in 1925 gets one shot at a record deal, if they can survive each other. A new Broadway musical with a roaring original score.",
    genres: ["Musical"],
    languages: ["en"],
    durationMinutes: 165,
    certification: "Ages 10+",
    policy: "stage",
    cast: [
      cast("Jerome Whitfield", "Cornelius 'Corky' Bell"),
      cast("Alicia Monroe", "Hattie Green"),
      crew("Dana Feldman", "Director"),
      crew("Marcus Lyle", "Music & Lyrics"),
    ],
  },
  {
    slug: "ek-chai-do-kahaniyan",
    kind: "play",
    title: "Ek Chai, Do Kahaniyan",
    tagline: "Ek tapri. Do zindagiyaan. Ek cutting chai.",
    description:
      "Two strangers share a bench at a Dadar tea stall during a monsoon downpour and trade the stories they have never told anyone. A Hindi two-hander, funny and tender.",
    genres: ["Drama", "Comedy"],
    languages: ["hi"],
    durationMinutes: 110,
    certification: "All ages",
    policy: "stage",
    cast: [cast("Mohan Pathak", "Sharma-ji"), cast("Rashmi Dua", "Noor"), crew("Sunita Rao", "Director")],
  },
  {
    slug: "the-importance-of-being-punctual",
    kind: "play",
    title: "The Importance of Being Punctual",
    tagline: "Being late was never this fashionable.",
    description:
      "A drawing-room farce transplanted to a Bombay Gymkhana in 1962, where a perpetually late heir invents a punctual twin. Witty, fast and very English, in the Indian way.",
    genres: ["Comedy", "Farce"],
    languages: ["en"],
    durationMinutes: 120,
    certification: "All ages",
    policy: "stage",
    cast: [
      cast("Cyrus Bharucha", "Rustom Mehta"),
      cast("Dilnaz Irani", "Lady Bomanji"),
      crew("Percy Wadia", "Director"),
    ],
  },
  {
    slug: "winter-ledger",
    kind: "play",
    title: "Winter Ledger",
    tagline: "Every debt comes due.",
    description:
      "A family-run bookkeeping firm in Edinburgh unravels over one Hogmanay as the accounts stop adding up. In development.",
    genres: ["Drama"],
    languages: ["en"],
    durationMinutes: 130,
    certification: null,
    policy: "stage",
    draft: true,
    cast: [crew("Morag Sinclair", "Playwright")],
  },

  // Concerts
  {
    slug: "monsoon-ragas",
    kind: "concert",
    title: "Monsoon Ragas: An Evening of Sitar and Tabla",
    tagline: "Ragas of the rain, live.",
    description:
      "Sitarist Anand Vishwanath and tabla player Zakir Mirza perform Raag Megh, Miyan ki Malhar and rarely heard monsoon compositions.",
    genres: ["Classical", "Indian Classical"],
    languages: ["hi"],
    durationMinutes: 150,
    certification: "All ages",
    policy: "stage",
    cast: [cast("Anand Vishwanath", "Sitar"), cast("Zakir Mirza", "Tabla")],
  },
  {
    slug: "echoes-of-the-ghats",
    kind: "concert",
    title: "Echoes of the Ghats",
    tagline: "Folk music of the Western Ghats.",
    description:
      "Konkani, Kodava and Tulu folk musicians share one stage for the first time. Programme and line-up being finalised.",
    genres: ["Folk"],
    languages: ["kn", "mr"],
    durationMinutes: 120,
    certification: "All ages",
    policy: "stage",
    draft: true,
    cast: [cast("Shalini Kamath", "Vocals")],
  },
  {
    slug: "vivaldi-by-candlelight",
    kind: "concert",
    title: "London Chamber Soloists: Vivaldi by Candlelight",
    tagline: "The Four Seasons, lit by a thousand candles.",
    description:
      "The London Chamber Soloists play Vivaldi's Four Seasons and Bach's Double Violin Concerto in a candlelit theatre.",
    genres: ["Classical"],
    languages: ["en"],
    durationMinutes: 90,
    certification: "All ages",
    policy: "stage",
    cast: [
      cast("Clara Beaumont", "Violin"),
      cast("Tomasz Lewandowski", "Violin"),
      cast("London Chamber Soloists", "Ensemble"),
    ],
  },
  {
    slug: "broadway-unplugged",
    kind: "concert",
    title: "Broadway Unplugged",
    tagline: "The songs you love, just voice and piano.",
    description:
      "Current Broadway leads sing the showstoppers of the last fifty years with nothing but a grand piano. A Monday-night tradition.",
    genres: ["Musical", "Pop"],
    languages: ["en"],
    durationMinutes: 100,
    certification: "All ages",
    policy: "stage",
    cast: [cast("Alicia Monroe", "Vocals"), cast("Benny Castellanos", "Piano")],
  },
  {
    slug: "velvet-static-neon-tides",
    kind: "concert",
    title: "The Velvet Static: Neon Tides World Tour",
    tagline: "Two nights only. Bring your voice.",
    description:
      "The Manchester four-piece bring their synth-drenched Neon Tides album to London for two nights, with special guests Paper Moths.",
    genres: ["Rock", "Indie", "Synth-pop"],
    languages: ["en"],
    durationMinutes: 150,
    certification: "14+",
    policy: "none",
    cast: [cast("The Velvet Static", "Headliner"), cast("Paper Moths", "Support")],
  },
  {
    slug: "luna-alvarez-corazon-tour",
    kind: "concert",
    title: "Luna Alvarez: Corazón Tour",
    tagline: "One night in Brooklyn.",
    description:
      "Latin pop star Luna Alvarez plays the hits and the whole of her new album Corazón, with a twelve-piece band and dancers.",
    genres: ["Latin", "Pop"],
    languages: ["es", "en"],
    durationMinutes: 140,
    certification: "All ages",
    policy: "none",
    cast: [cast("Luna Alvarez", "Headliner"), cast("DJ Cielo", "Support")],
  },
  {
    slug: "northern-lights-electronic-night",
    kind: "concert",
    title: "Northern Lights: Electronic Night",
    tagline: "Until the sun comes up over the Spree.",
    description:
      "Six hours of melodic techno from the Baltic and beyond, on the river in Friedrichshain. Standing only.",
    genres: ["Electronic", "Techno"],
    languages: ["de", "en"],
    durationMinutes: 360,
    certification: "18+",
    policy: "club",
    cast: [cast("Kaja Lindqvist", "DJ"), cast("Offgrid Collective", "Live"), cast("Mara Sturm", "DJ")],
  },

  // Sport
  {
    slug: "london-lions-vs-manchester-meteors",
    kind: "sport",
    title: "London Lions vs Manchester Meteors",
    tagline: "Basketball Championship, regular season.",
    description: "The Lions host the league leaders in a top-of-the-table basketball clash in Greenwich.",
    genres: ["Basketball"],
    languages: ["en"],
    durationMinutes: 135,
    certification: null,
    policy: "sport",
    cast: [cast("London Lions", "Home"), cast("Manchester Meteors", "Away")],
  },
  {
    slug: "brooklyn-bridges-vs-boston-harborhawks",
    kind: "sport",
    title: "Brooklyn Bridges vs Boston Harborhawks",
    tagline: "The rivalry comes to Atlantic Avenue.",
    description: "Pro basketball: the Bridges defend home court against their oldest rivals.",
    genres: ["Basketball"],
    languages: ["en"],
    durationMinutes: 150,
    certification: null,
    policy: "sport",
    cast: [cast("Brooklyn Bridges", "Home"), cast("Boston Harborhawks", "Away")],
  },
  {
    slug: "new-york-night-owls-vs-philadelphia-forge",
    kind: "sport",
    title: "New York Night Owls vs Philadelphia Forge",
    tagline: "Ice hockey, Saturday night.",
    description:
      "The Night Owls face the Forge in a crucial divisional game. The arena converts to ice for the night.",
    genres: ["Ice Hockey"],
    languages: ["en"],
    durationMinutes: 165,
    certification: null,
    policy: "sport",
    cast: [cast("New York Night Owls", "Home"), cast("Philadelphia Forge", "Away")],
  },

  // Comedy
  {
    slug: "rohan-mehta-overthinking-it",
    kind: "comedy",
    title: "Rohan Mehta: Overthinking It",
    tagline: "A new hour of stand-up, road-tested in cellars.",
    description:
      "Rohan Mehta on Bengaluru traffic, his mother's WhatsApp forwards and why he has three calendar apps. English and Hindi.",
    genres: ["Stand-up"],
    languages: ["en", "hi"],
    durationMinutes: 75,
    certification: "16+",
    policy: "club",
    cast: [cast("Rohan Mehta", "Comedian"), cast("Ira Menon", "Opener")],
  },
  {
    slug: "nisha-kulkarni-middle-class-problems",
    kind: "comedy",
    title: "Nisha Kulkarni: Middle-Class Problems",
    tagline: "EMI, PTA and other three-letter nightmares.",
    description:
      "A sharp, observational hour about the great Indian middle class from one of its most exhausted members.",
    genres: ["Stand-up"],
    languages: ["en", "hi", "mr"],
    durationMinutes: 80,
    certification: "16+",
    policy: "club",
    cast: [cast("Nisha Kulkarni", "Comedian")],
  },
  {
    slug: "dave-okafor-small-talk-big-trouble",
    kind: "comedy",
    title: "Dave Okafor: Small Talk, Big Trouble",
    tagline: "The arena special. Recorded live.",
    description:
      "Dave Okafor records his new special in front of five thousand people. Phones are locked in pouches at the door.",
    genres: ["Stand-up"],
    languages: ["en"],
    durationMinutes: 90,
    certification: "18+",
    policy: "none",
    cast: [cast("Dave Okafor", "Comedian"), cast("Tasha Lin", "Opener")],
  },

  // Virtual
  {
    slug: "aurora-quartet-live-from-the-studio",
    kind: "virtual",
    title: "Marquee Sessions: Aurora Quartet, Live from the Studio",
    tagline: "A string quartet in your living room.",
    description:
      "The Aurora Quartet stream Haydn, Janáček and a new commission live from our London studio. Replay available for 48 hours.",
    genres: ["Classical", "Livestream"],
    languages: ["en"],
    durationMinutes: 75,
    certification: "All ages",
    policy: "stream",
    cast: [cast("Aurora Quartet", "Ensemble")],
  },
  {
    slug: "masterclass-writing-for-the-screen",
    kind: "virtual",
    title: "Masterclass: Writing for the Screen",
    tagline: "Structure, scenes and the blank page, live with Q&A.",
    description:
      "Screenwriter Meera Joshi (The Cartographer's Son) on adapting history for film, with a live audience Q&A. Streamed in English with Hindi subtitles.",
    genres: ["Workshop", "Livestream"],
    languages: ["en"],
    durationMinutes: 120,
    certification: "All ages",
    policy: "stream",
    cast: [cast("Meera Joshi", "Host")],
  },
  {
    slug: "global-pub-quiz-live",
    kind: "virtual",
    title: "The Global Pub Quiz, Live",
    tagline: "Teams of four. Six rounds. One trophy (digital).",
    description:
      "A live-streamed general knowledge quiz with teams playing from anywhere. Answer on your phone.",
    genres: ["Quiz", "Livestream"],
    languages: ["en"],
    durationMinutes: 100,
    certification: "All ages",
    policy: "stream",
    cast: [cast("Gwen Harlow", "Quizmaster")],
  },
  {
    slug: "tabla-for-beginners-online",
    kind: "virtual",
    title: "Tabla for Beginners: Online Workshop",
    tagline: "Your first theka in ninety minutes.",
    description:
      "Tabla player Zakir Mirza teaches the basic bols and a first theka, live. Bring a tabla or any tabletop.",
    genres: ["Workshop", "Livestream"],
    languages: ["en", "hi"],
    durationMinutes: 90,
    certification: "All ages",
    policy: "stream",
    cast: [cast("Zakir Mirza", "Teacher")],
  },
];

export const posterUrl = (slug: string) => `/posters/${slug}.svg`;
export const bannerUrl = (slug: string) => `/banners/${slug}.svg`;

export interface SeededEvent {
  id: string;
  seed: EventSeed;
}

/** Events are global, so their dates hang off the UTC calendar day of the seed. */
export async function seedEvents(
  tx: Tx,
  context: { organizationId: string; today: LocalDate },
): Promise<{ events: Map<string, SeededEvent>; created: number }> {
  const publishedAt = zonedTime(addDays(context.today, -30), "09:00", "UTC");
  const rows = EVENTS.map((event) => {
    const media: EventMedia[] =
      event.kind === "movie"
        ? [{ kind: "video", url: `/media/${event.slug}/trailer.mp4`, caption: "Official trailer" }]
        : [{ kind: "image", url: bannerUrl(event.slug), caption: event.title }];
    return {
      organizationId: context.organizationId,
      kind: event.kind,
      title: event.title,
      slug: event.slug,
      tagline: event.tagline,
      description: event.description,
      genres: event.genres,
      languages: event.languages,
      durationMinutes: event.durationMinutes,
      certification: event.certification,
      cast: event.cast,
      posterUrl: posterUrl(event.slug),
      bannerUrl: bannerUrl(event.slug),
      media,
      releaseDate:
        event.releasedDaysAgo === undefined ? null : addDays(context.today, -event.releasedDaysAgo),
      status: event.draft ? ("draft" as const) : ("published" as const),
      cancellationPolicy: POLICIES[event.policy],
      publishedAt: event.draft ? null : publishedAt,
    };
  });
  const created = await tx.insert(events).values(rows).onConflictDoNothing().returning({ id: events.id });
  const ids = await tx
    .select({ id: events.id, slug: events.slug })
    .from(events)
    .where(
      inArray(
        events.slug,
        EVENTS.map((event) => event.slug),
      ),
    );
  const bySlug = new Map(EVENTS.map((event) => [event.slug, event]));
  return {
    events: new Map(ids.map(({ id, slug }) => [slug, { id, seed: bySlug.get(slug) as EventSeed }])),
    created: created.length,
  };
}
