// Tables for inferring a posting's US state from its text, as data: state names and codes, ZIP
// prefixes, telephone area codes, cities, school-district naming patterns and state education
// bodies. Weights say how much one mention tells (a "City, ST" line is strong, a bare city or an
// area code is weak); model/state.ts adds them up. Tables are from general knowledge (USPS
// three-digit ZIP prefixes, NANP area-code assignments): not exhaustive, and data rather than code
// so they can be corrected in one place.

export const STATE_NAMES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
  IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
  MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
  VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

/** Three-digit ZIP prefix ranges (inclusive) → state. Military and territory prefixes are left out. */
export const ZIP3_RANGES: ReadonlyArray<readonly [number, number, string]> = [
  [5, 5, 'NY'], [10, 27, 'MA'], [28, 29, 'RI'], [30, 38, 'NH'], [39, 49, 'ME'], [50, 54, 'VT'], [55, 55, 'MA'],
  [56, 59, 'VT'], [60, 69, 'CT'], [70, 89, 'NJ'], [100, 149, 'NY'], [150, 196, 'PA'], [197, 199, 'DE'], [200, 200, 'DC'],
  [201, 201, 'VA'], [202, 205, 'DC'], [206, 219, 'MD'], [220, 246, 'VA'], [247, 268, 'WV'], [270, 289, 'NC'],
  [290, 299, 'SC'], [300, 319, 'GA'], [320, 339, 'FL'], [341, 349, 'FL'], [350, 369, 'AL'], [370, 385, 'TN'],
  [386, 397, 'MS'], [398, 399, 'GA'], [400, 427, 'KY'], [430, 458, 'OH'], [460, 479, 'IN'], [480, 499, 'MI'],
  [500, 528, 'IA'], [530, 549, 'WI'], [550, 567, 'MN'], [569, 569, 'DC'], [570, 577, 'SD'], [580, 588, 'ND'],
  [590, 599, 'MT'], [600, 629, 'IL'], [630, 658, 'MO'], [660, 679, 'KS'], [680, 693, 'NE'], [700, 715, 'LA'],
  [716, 729, 'AR'], [730, 732, 'OK'], [733, 733, 'TX'], [734, 749, 'OK'], [750, 799, 'TX'], [800, 816, 'CO'],
  [820, 831, 'WY'], [832, 838, 'ID'], [840, 847, 'UT'], [850, 865, 'AZ'], [870, 884, 'NM'], [885, 885, 'TX'],
  [889, 898, 'NV'], [900, 961, 'CA'], [967, 968, 'HI'], [970, 979, 'OR'], [980, 994, 'WA'], [995, 999, 'AK'],
];

/** Geographic area codes by state (toll-free and non-geographic codes are not listed). */
export const AREA_CODES: Readonly<Record<string, string>> = {
  AL: '205 251 256 334 483 659 938', AK: '907', AZ: '480 520 602 623 928', AR: '327 479 501 870',
  CA: '209 213 279 310 323 341 350 369 408 415 424 442 510 530 559 562 619 626 628 650 657 661 669 707 714 738 747 760 805 818 820 831 837 840 858 909 916 925 949 951',
  CO: '303 719 720 748 970 983', CT: '203 475 860 959', DE: '302', DC: '202 771',
  FL: '239 305 321 324 352 386 407 448 561 645 656 689 727 728 754 772 786 813 850 863 904 941 954',
  GA: '229 404 470 478 678 706 762 770 912 943', HI: '808', ID: '208 986',
  IL: '217 224 309 312 331 447 464 618 630 708 730 773 779 815 847 861 872', IN: '219 260 317 463 574 765 812 930',
  IA: '319 515 563 641 712', KS: '316 620 785 913', KY: '270 364 502 606 859', LA: '225 318 337 504 985', ME: '207',
  MD: '227 240 301 410 443 667', MA: '339 351 413 508 617 774 781 857 978',
  MI: '231 248 269 313 517 586 616 679 734 810 906 947 989', MN: '218 320 507 612 651 763 952', MS: '228 601 662 769',
  MO: '235 314 417 557 573 636 660 816 975', MT: '406', NE: '308 402 531', NV: '702 725 775', NH: '603',
  NJ: '201 551 609 640 732 848 856 862 908 973', NM: '505 575',
  NY: '212 315 329 332 347 363 516 518 585 607 624 631 646 680 716 718 838 845 914 917 929 934',
  NC: '252 336 472 704 743 828 910 919 980 984', ND: '701', OH: '216 220 234 283 326 330 380 419 436 440 513 567 614 740 937',
  OK: '405 539 572 580 918', OR: '458 503 541 971', PA: '215 223 267 272 412 445 484 570 582 610 717 724 814 835 878',
  RI: '401', SC: '803 839 843 854 864', SD: '605', TN: '423 615 629 731 865 901 931',
  TX: '210 214 254 281 325 346 361 409 430 432 469 512 682 713 726 737 806 817 830 832 903 915 936 940 945 956 972 979',
  UT: '385 435 801', VT: '802', VA: '276 434 540 571 686 703 757 804 826 948', WA: '206 253 360 425 509 564',
  WV: '304 681', WI: '262 274 353 414 534 608 715 920', WY: '307',
};

export type EvidenceKind = 'city-state' | 'state-name' | 'zip' | 'area-code' | 'city' | 'district-pattern' | 'state-body' | 'credential';

/** A phrase (lower case, words separated by one space) and what it says. */
export interface PhraseClue {
  kind: EvidenceKind;
  /** State → weight; more than one state when the phrase is used in several. */
  states: Readonly<Record<string, number>>;
  /** A local pay-transparency jurisdiction the phrase names (see profiles/payLaws.ts). */
  locality?: string;
}

const city = (state: string, weight = 1.5, locality?: string): PhraseClue => ({ kind: 'city', states: { [state]: weight }, ...(locality ? { locality } : {}) });
const pattern = (states: Record<string, number>): PhraseClue => ({ kind: 'district-pattern', states });
const body = (states: Record<string, number>): PhraseClue => ({ kind: 'state-body', states });

/** Lower-case phrases of one to four words. Ambiguous city names (Springfield, Portland) are left out. */
export const PHRASES: Readonly<Record<string, PhraseClue>> = {
  'los angeles': city('CA'), 'san francisco': city('CA'), 'san diego': city('CA'), sacramento: city('CA'), oakland: city('CA', 1),
  fresno: city('CA'), 'san jose': city('CA', 1), 'long beach': city('CA', 1), chicago: city('IL'), houston: city('TX'),
  dallas: city('TX'), 'san antonio': city('TX'), 'fort worth': city('TX'), 'el paso': city('TX'), austin: city('TX', 1),
  philadelphia: city('PA'), pittsburgh: city('PA'), phoenix: city('AZ', 1), tucson: city('AZ'), seattle: city('WA'),
  spokane: city('WA'), tacoma: city('WA'), denver: city('CO'), boston: city('MA'), worcester: city('MA', 1), baltimore: city('MD'),
  detroit: city('MI'), milwaukee: city('WI'), minneapolis: city('MN'), 'saint paul': city('MN', 1), 'new orleans': city('LA'),
  atlanta: city('GA'), miami: city('FL'), tampa: city('FL'), orlando: city('FL'), jacksonville: city('FL', 1), nashville: city('TN'),
  memphis: city('TN'), 'las vegas': city('NV'), honolulu: city('HI'), albuquerque: city('NM'), 'oklahoma city': city('OK'),
  tulsa: city('OK'), omaha: city('NE'), indianapolis: city('IN'), louisville: city('KY', 1), charlotte: city('NC', 1),
  raleigh: city('NC'), newark: city('NJ', 1), 'salt lake city': city('UT'), 'st louis': city('MO'), anchorage: city('AK'),
  boise: city('ID'), 'des moines': city('IA'), providence: city('RI', 1), hartford: city('CT', 1), henrico: city('VA', 2),
  'virginia beach': city('VA', 2), norfolk: city('VA', 1), fairfax: city('VA', 1), 'prince william': city('VA', 1),
  loudoun: city('VA', 2), 'montgomery county public schools': pattern({ MD: 1 }),
  'new york city': city('NY', 2, 'NYC'), nyc: city('NY', 2, 'NYC'), brooklyn: city('NY', 1.5, 'NYC'), bronx: city('NY', 1.5, 'NYC'),
  manhattan: city('NY', 1, 'NYC'), 'staten island': city('NY', 1.5, 'NYC'), ithaca: city('NY', 1.5, 'NY-ITHACA'),
  westchester: city('NY', 1.5, 'NY-WESTCHESTER'), 'albany county': city('NY', 1.5, 'NY-ALBANY-COUNTY'),
  'jersey city': city('NJ', 2, 'NJ-JERSEY-CITY'), cleveland: city('OH', 1, 'OH-CLEVELAND'), columbus: city('OH', 1, 'OH-COLUMBUS'),
  cincinnati: city('OH', 1.5, 'OH-CINCINNATI'), toledo: city('OH', 1, 'OH-TOLEDO'),
  // School-district naming customs: strong where one state owns the form, weak where several share it.
  'independent school district': pattern({ TX: 2, MN: 0.5, OK: 0.5 }),
  parish: pattern({ LA: 1 }), 'parish school board': pattern({ LA: 3 }), 'parish public schools': pattern({ LA: 3 }),
  'parish schools': pattern({ LA: 2 }), boces: pattern({ NY: 2, CO: 1 }), 'unified school district': pattern({ CA: 2, KS: 0.7, AZ: 0.7 }),
  'county office of education': pattern({ CA: 2 }), 'community unit school district': pattern({ IL: 2 }),
  'consolidated school district': pattern({ MO: 1 }), 'educational service district': pattern({ WA: 1.5, OR: 1 }),
  'intermediate unit': pattern({ PA: 1.5 }), 'supervisory union': pattern({ VT: 2 }), 'regional school unit': pattern({ ME: 2 }),
  'school administrative unit': pattern({ NH: 2 }), 'county public schools': pattern({ VA: 0.3, MD: 0.3, FL: 0.3, KY: 0.3, WV: 0.3, NC: 0.3 }),
  'city public schools': pattern({ VA: 0.5 }), 'school division': pattern({ VA: 1 }), 'city school district': pattern({ NY: 0.7, OH: 0.7 }),
  'local school district': pattern({ OH: 1 }),
  // State education bodies and credentials.
  'illinois state board of education': body({ IL: 3 }), 'texas education agency': body({ TX: 3 }),
  'state board for educator certification': body({ TX: 3 }), 'commission on teacher credentialing': body({ CA: 3 }),
  'office of superintendent of public instruction': body({ WA: 2 }), 'virginia department of education': body({ VA: 3 }),
  'standards of learning': body({ VA: 1 }), 'collegiate professional license': body({ VA: 2 }),
  'postgraduate professional license': body({ VA: 2 }), 'professional educator license': body({ IL: 2 }),
  'teaching credential': body({ CA: 1 }), 'clear credential': body({ CA: 2 }), 'preliminary credential': body({ CA: 2 }),
};

/** Acronyms, matched case-sensitively as whole words. */
export const ACRONYMS: Readonly<Record<string, PhraseClue>> = {
  ISBE: body({ IL: 3 }), TEA: body({ TX: 1.5 }), SBEC: body({ TX: 3 }), CDE: body({ CA: 1, CO: 1 }), CTC: body({ CA: 1.5 }),
  OSPI: body({ WA: 3 }), NYSED: body({ NY: 3 }), DESE: body({ MA: 1.5, MO: 1.5 }), MSDE: body({ MD: 3 }), PDE: body({ PA: 2 }),
  VDOE: body({ VA: 3 }), LAUSD: pattern({ CA: 3 }),
  ISD: pattern({ TX: 1.5 }), BOCES: pattern({ NY: 2, CO: 1 }),
  // "USD 259" is Kansas numbering (model/state.ts); the bare letters are usually US dollars.
  USD: pattern({}),
};

/** Words after a state name that make it a credential ("Texas teaching certificate"). */
export const CREDENTIAL_WORDS: ReadonlySet<string> = new Set(['teaching', 'teacher', 'license', 'licensure', 'licensed', 'certificate', 'certification', 'certified', 'credential', 'endorsement', 'department', 'board']);
