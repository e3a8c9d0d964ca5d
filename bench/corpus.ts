/**
 * Generated Vietnam–Japan investment news for benchmarks: ~3 KB articles in Vietnamese (with diacritics) and
 * English, deterministic for a seed, with a growing vocabulary (project codes, rare compounds) so the search
 * index sees realistic term counts rather than a few hundred words repeated.
 */

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Hữu', 'Đức', 'Thanh', 'Quốc', 'Ngọc', 'Xuân', 'Hoài', 'Anh', 'Công'];
const GIVEN = [
  'Chính',
  'Hùng',
  'Dũng',
  'Lan',
  'Hương',
  'Tuấn',
  'Thắng',
  'Phúc',
  'Nam',
  'Hải',
  'Long',
  'Trung',
  'Hiếu',
  'Đạt',
  'Quý',
  'Tâm',
  'Khánh',
  'Yến',
  'Thảo',
  'Sơn',
];
const PLACES = [
  'Hà Nội',
  'Thành phố Hồ Chí Minh',
  'Đà Nẵng',
  'Hải Phòng',
  'Bình Dương',
  'Đồng Nai',
  'Bắc Ninh',
  'Quảng Ninh',
  'Long An',
  'Bà Rịa – Vũng Tàu',
  'Cần Thơ',
  'Thái Nguyên',
  'Nghệ An',
  'Thanh Hóa',
  'Hưng Yên',
  'Vĩnh Phúc',
  'Quảng Nam',
  'Khánh Hòa',
  'Tây Ninh',
  'Hà Nam',
];
const COMPANIES = [
  'Toyota',
  'Aeon',
  'Panasonic',
  'Canon',
  'Honda',
  'Mitsubishi Corporation',
  'Sumitomo',
  'Marubeni',
  'Itochu',
  'Mizuho',
  'Nidec',
  'Kyocera',
  'Yamaha',
  'Fujitsu',
  'Hitachi',
  'Daikin',
  'Shiseido',
  'Sojitz',
  'Idemitsu',
  'Murata',
];
const ORGS = [
  'Bộ Kế hoạch và Đầu tư',
  'Cục Đầu tư nước ngoài',
  'JETRO',
  'JICA',
  'Phòng Thương mại và Công nghiệp Việt Nam',
  'Ủy ban nhân dân tỉnh',
  'Ban Quản lý các khu công nghiệp',
  'Đại sứ quán Nhật Bản',
];
const ROLES = [
  'Chủ tịch',
  'Phó Chủ tịch',
  'Giám đốc',
  'Bộ trưởng',
  'Thứ trưởng',
  'Trưởng ban',
  'Tổng giám đốc',
];
const SECTORS = [
  'linh kiện điện tử',
  'ô tô',
  'năng lượng tái tạo',
  'bán dẫn',
  'logistics',
  'chế biến thực phẩm',
  'dệt may',
  'dược phẩm',
  'trung tâm dữ liệu',
  'hydro xanh',
];
const SYLLABLES = [
  'phát',
  'triển',
  'kinh',
  'tế',
  'hợp',
  'tác',
  'công',
  'nghiệp',
  'xanh',
  'số',
  'năng',
  'lượng',
  'bền',
  'vững',
  'chuỗi',
  'cung',
  'ứng',
  'đổi',
  'mới',
  'sáng',
  'tạo',
  'hạ',
  'tầng',
  'cảng',
  'biển',
  'đô',
  'thị',
  'nông',
  'thôn',
  'thủy',
  'sản',
  'khoáng',
  'điện',
  'gió',
  'mặt',
  'trời',
  'vốn',
  'vay',
  'ưu',
  'đãi',
  'thuế',
  'quan',
];
const EN_PLACES = [
  'Hanoi',
  'Ho Chi Minh City',
  'Da Nang',
  'Hai Phong',
  'Binh Duong',
  'Dong Nai',
  'Bac Ninh',
  'Quang Ninh',
];

/** Deterministic PRNG (mulberry32): the same seed gives the same library on every run. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One generated article: a file name and its text. */
export interface GeneratedArticle {
  name: string;
  text: string;
}

/** Writes article number `n` of a generated library (~3 KB of text). */
export function generateArticle(n: number, random: () => number): GeneratedArticle {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const person = () => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
  const rare = () => `${pick(SYLLABLES)}${pick(SYLLABLES)}${int(1, 999)}`;
  const code = `KCN-${n.toString(36).toUpperCase()}`;
  const place = pick(PLACES);
  const company = pick(COMPANIES);
  const sector = pick(SECTORS);
  const year = int(2015, 2025);

  const sentences = [
    () =>
      `Ngày ${int(1, 28)}/${int(1, 12)}/${year}, ${pick(ROLES)} ${person()} của ${pick(ORGS)} đã tiếp đoàn doanh nghiệp Nhật Bản do ${company} dẫn đầu tại ${pick(PLACES)}.`,
    () =>
      `${pick(COMPANIES)} cam kết đầu tư ${int(5, 900)} triệu USD vào dự án ${pick(SECTORS)} tại khu công nghiệp ${pick(PLACES)} (mã dự án ${code}).`,
    () =>
      `Theo ${pick(ORGS)}, trong ${int(2, 11)} tháng đầu năm ${year}, ${pick(PLACES)} thu hút ${int(10, 400)} dự án FDI mới với tổng vốn đăng ký ${int(1, 30)},${int(1, 9)} tỷ USD.`,
    () =>
      `Ông ${person()} cho biết tỉnh sẽ tiếp tục cải thiện môi trường đầu tư, đẩy mạnh chuyển đổi số và phát triển nguồn nhân lực chất lượng cao trong lĩnh vực ${pick(SECTORS)}.`,
    () =>
      `Bà ${person()} nhấn mạnh mô hình ${rare()} giúp doanh nghiệp giảm chi phí logistics khoảng ${int(5, 40)}%.`,
    () =>
      `${pick(COMPANIES)} plans to invest USD ${int(10, 800)} million in a ${pick(SECTORS)} plant in ${pick(EN_PLACES)}, said ${person()}.`,
    () =>
      `Japan remained the ${pick(['second', 'third', 'fourth'])} largest investor in Vietnam in ${year}, with ${int(4000, 5600)} valid projects worth ${int(60, 80)}.${int(1, 9)} billion USD.`,
    () =>
      `Hai bên đã ký biên bản ghi nhớ về hợp tác ${pick(SECTORS)}, đào tạo kỹ sư và chuyển giao công nghệ ${rare()}.`,
  ];

  const title = `${company} mở rộng đầu tư ${sector} tại ${place} năm ${year}`;
  const lines = [title, ''];
  let length = title.length;
  while (length < 2900) {
    const paragraph = Array.from({ length: int(2, 4) }, () => pick(sentences)()).join(' ');
    lines.push(paragraph, '');
    length += paragraph.length + 2;
  }
  return { name: `tin-${String(n).padStart(6, '0')}.txt`, text: lines.join('\n') };
}

/** Search queries a user would type: one and two words, with and without diacritics, common and rare. */
export function benchQueries(random: () => number): { oneWord: string[]; twoWords: string[] } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const words = [
    ...GIVEN,
    ...SYLLABLES,
    'Toyota',
    'Aeon',
    'JICA',
    'JETRO',
    'FDI',
    'Japan',
    'investor',
    'hydro',
  ];
  const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd');
  const pairs = [
    ...PLACES.filter((place) => place.split(' ').length === 2),
    'Phạm Minh',
    'Minh Chính',
    'bán dẫn',
    'năng lượng',
    'đầu tư',
    'Ho Chi',
    'Nhật Bản',
  ];
  const oneWord = Array.from({ length: 200 }, (_, i) =>
    i % 2 ? plain(pick(words)).toLowerCase() : pick(words),
  );
  const twoWords = Array.from({ length: 200 }, (_, i) => {
    const pair = random() < 0.7 ? pick(pairs) : `${pick(words)} ${pick(words)}`;
    return i % 2 ? plain(pair).toLowerCase() : pair;
  });
  return { oneWord, twoWords };
}
