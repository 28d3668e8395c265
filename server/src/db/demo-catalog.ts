/**
 * About 200 realistic products of an electronics distributor, made deterministically from
 * families of real-world product kinds (no randomness: every demo database is the same).
 */
interface Family {
  prefix: string;
  kind: string;
  brands: string[];
  variants: Array<{ spec: string; description: string; price: number }>;
}

const families: Family[] = [
  {
    prefix: 'PSU',
    kind: 'DIN-rail power supply',
    brands: ['Meanwell', 'Phoenix Contact', 'Siemens'],
    variants: [
      {
        spec: '24 V 2.5 A 60 W',
        description:
          'Slim DIN-rail switching power supply, 85-264 VAC input, short-circuit protected.',
        price: 38.9,
      },
      {
        spec: '24 V 5 A 120 W',
        description: 'DIN-rail power supply with active PFC and DC-OK relay contact.',
        price: 72.5,
      },
      {
        spec: '12 V 4.5 A 54 W',
        description: 'Compact DIN-rail power supply for control cabinets, screw terminals.',
        price: 34.2,
      },
      {
        spec: '48 V 5 A 240 W',
        description: 'Industrial DIN-rail power supply, parallel operation, -25 to +70 °C.',
        price: 129.0,
      },
    ],
  },
  {
    prefix: 'SSD',
    kind: 'SSD',
    brands: ['Samsung', 'Kingston', 'Crucial', 'WD'],
    variants: [
      {
        spec: 'NVMe M.2 1 TB',
        description: 'PCIe 4.0 NVMe M.2 2280 solid-state drive, up to 7,000 MB/s read.',
        price: 79.9,
      },
      {
        spec: 'NVMe M.2 2 TB',
        description: 'PCIe 4.0 NVMe M.2 2280 solid-state drive with DRAM cache, 5-year warranty.',
        price: 139.0,
      },
      {
        spec: 'SATA 2.5" 500 GB',
        description: '2.5-inch SATA III SSD, 560 MB/s, 7 mm height.',
        price: 42.5,
      },
      {
        spec: 'SATA 2.5" 1 TB',
        description: '2.5-inch SATA III SSD for laptop and desktop upgrades.',
        price: 69.0,
      },
    ],
  },
  {
    prefix: 'RAM',
    kind: 'memory module',
    brands: ['Kingston', 'Crucial', 'Corsair'],
    variants: [
      {
        spec: 'DDR5 16 GB 5600 MT/s',
        description: 'DDR5 UDIMM desktop memory, CL46, 1.1 V.',
        price: 54.9,
      },
      {
        spec: 'DDR5 32 GB 5600 MT/s',
        description: 'DDR5 UDIMM desktop memory, on-die ECC.',
        price: 99.0,
      },
      {
        spec: 'DDR4 16 GB 3200 MT/s SO-DIMM',
        description: 'DDR4 SO-DIMM laptop memory, CL22, 1.2 V.',
        price: 36.5,
      },
      {
        spec: 'DDR4 32 GB 3200 MT/s ECC RDIMM',
        description: 'Registered ECC server memory module.',
        price: 119.0,
      },
    ],
  },
  {
    prefix: 'SW',
    kind: 'network switch',
    brands: ['TP-Link', 'Netgear', 'Ubiquiti', 'Cisco'],
    variants: [
      {
        spec: '8-port Gigabit unmanaged',
        description: 'Desktop 8-port 10/100/1000 switch, metal case, fanless.',
        price: 24.9,
      },
      {
        spec: '24-port Gigabit managed',
        description: 'Rack-mount L2+ managed switch, VLAN, QoS, 4 SFP uplinks.',
        price: 189.0,
      },
      {
        spec: '16-port PoE+ 250 W',
        description: 'Smart managed PoE+ switch for access points and cameras.',
        price: 259.0,
      },
    ],
  },
  {
    prefix: 'CAB',
    kind: 'cable',
    brands: ['Goobay', 'Lapp', 'Digitus'],
    variants: [
      {
        spec: 'Cat6A S/FTP patch 2 m',
        description: 'Shielded Cat6A patch cable, LSZH jacket, RJ45 both ends.',
        price: 4.6,
      },
      {
        spec: 'Cat6A S/FTP patch 5 m',
        description: 'Shielded Cat6A patch cable, LSZH jacket, snagless boots.',
        price: 7.9,
      },
      {
        spec: 'USB-C to USB-C 2 m 100 W',
        description: 'USB 3.2 Gen 2 cable with e-marker, 100 W power delivery.',
        price: 11.5,
      },
      {
        spec: 'HDMI 2.1 3 m',
        description: 'Ultra High Speed HDMI cable, 48 Gbit/s, 8K@60Hz.',
        price: 13.9,
      },
    ],
  },
  {
    prefix: 'UPS',
    kind: 'UPS',
    brands: ['APC', 'Eaton', 'CyberPower'],
    variants: [
      {
        spec: '1000 VA line-interactive',
        description: 'Line-interactive UPS, AVR, 6 IEC outlets, USB monitoring.',
        price: 219.0,
      },
      {
        spec: '1500 VA rack 2U',
        description: 'Rack/tower UPS with pure sine wave output and network card slot.',
        price: 489.0,
      },
      {
        spec: '650 VA desktop',
        description: 'Compact standby UPS for workstations, 4 Schuko outlets.',
        price: 79.0,
      },
    ],
  },
  {
    prefix: 'MON',
    kind: 'monitor',
    brands: ['Dell', 'LG', 'Philips', 'Iiyama'],
    variants: [
      {
        spec: '24" IPS Full HD',
        description:
          '23.8-inch IPS monitor, 1920x1080, height-adjustable stand, DisplayPort and HDMI.',
        price: 139.0,
      },
      {
        spec: '27" IPS QHD USB-C',
        description: '27-inch 2560x1440 monitor with USB-C 65 W power delivery and RJ45 hub.',
        price: 289.0,
      },
      {
        spec: '34" curved UWQHD',
        description: '34-inch curved 3440x1440 monitor, 100 Hz, KVM switch.',
        price: 449.0,
      },
    ],
  },
  {
    prefix: 'CAM',
    kind: 'IP camera',
    brands: ['Hikvision', 'Axis', 'Dahua'],
    variants: [
      {
        spec: '4 MP bullet PoE',
        description: 'Outdoor bullet camera, 2.8 mm lens, IR 30 m, IP67, H.265.',
        price: 89.0,
      },
      {
        spec: '4 MP dome PoE',
        description: 'Vandal-proof dome camera, IK10, IR 30 m, microSD slot.',
        price: 95.0,
      },
      {
        spec: '8 MP turret PoE',
        description: '4K turret camera with built-in microphone and smart detection.',
        price: 169.0,
      },
    ],
  },
  {
    prefix: 'REL',
    kind: 'relay',
    brands: ['Finder', 'Omron', 'Schneider Electric'],
    variants: [
      {
        spec: '24 V DC 2CO 8 A plug-in',
        description: 'Miniature plug-in relay with LED and test button, 2 changeover contacts.',
        price: 6.9,
      },
      {
        spec: '230 V AC 1NO modular',
        description: 'Modular installation relay for DIN rail, 16 A contact.',
        price: 14.5,
      },
      {
        spec: 'Solid-state 25 A 24-480 V',
        description: 'Zero-cross solid-state relay with heat sink mount.',
        price: 28.0,
      },
    ],
  },
  {
    prefix: 'SEN',
    kind: 'sensor',
    brands: ['Sick', 'Pepperl+Fuchs', 'Balluff'],
    variants: [
      {
        spec: 'inductive M12 PNP 4 mm',
        description: 'Inductive proximity sensor, M12 flush, PNP NO, M12 connector.',
        price: 24.0,
      },
      {
        spec: 'photoelectric diffuse 1 m',
        description: 'Diffuse photoelectric sensor with background suppression.',
        price: 58.0,
      },
      {
        spec: 'capacitive M18 PNP 8 mm',
        description: 'Capacitive level sensor, adjustable sensitivity, IP67.',
        price: 46.0,
      },
    ],
  },
];

export interface DemoProduct {
  sku: string;
  name: string;
  description: string;
  priceMinor: number;
  stock: number;
}

export function demoProducts(): DemoProduct[] {
  const out: DemoProduct[] = [];
  let n = 0;
  for (const f of families) {
    f.brands.forEach((brand, b) => {
      f.variants.forEach((v, i) => {
        n++;
        const brandCode = brand
          .replace(/[^A-Za-z]/g, '')
          .slice(0, 3)
          .toUpperCase();
        out.push({
          sku: `${f.prefix}-${brandCode}-${String(100 + i * 10 + b).padStart(4, '0')}`,
          name: `${brand} ${f.kind} ${v.spec}`,
          description: v.description,
          priceMinor: Math.round(v.price * (1 + b * 0.04) * 100),
          stock: (n * 37) % 120,
        });
      });
    });
  }
  // Accessories, to reach a catalogue of about 200.
  const accessories = [
    'mounting bracket',
    'spare fuse set',
    'terminal block 10-pack',
    'rack shelf 1U',
    'cable tie 100-pack',
    'label printer tape',
  ];
  for (let i = 0; out.length < 200; i++) {
    const a = accessories[i % accessories.length]!;
    out.push({
      sku: `ACC-${String(1000 + i).padStart(4, '0')}`,
      name: `Accessory ${a} type ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) + 1}`,
      description: `Accessory for installations: ${a}. Sold per unit.`,
      priceMinor: 190 + ((i * 131) % 4200),
      stock: (i * 53) % 400,
    });
  }
  return out;
}
