"""The documents the parser was not tuned on stay read at or above their recorded floors.

``documents/unseen`` and ``documents/unseen2`` each hold 25 real documents of the genre,
``documents/unseen3`` 43 with their header facts only (drawn in six batches),
``documents/unseen4`` 20 with their structure, ``documents/unseen5`` 20 and ``documents/unseen6``
53 (drawn in five batches) with their header facts only, ``documents/unseen7`` 22 with their
structure (task divisions above all), ``documents/unseen8`` 29 (drawn in two batches),
ten of them with their structure, ``documents/unseen9`` 34 (drawn in four batches: bureaus',
departments', towns' and state-asset bodies' heads), ``documents/unseen10`` 20 (drawn in two batches: street
offices', commissions' and joint offices' heads, 2011-2025), ``documents/unseen11`` 30 (heads as sharing
sites, mirrors and disclosure blocks print them, 2015-2026), ``documents/unseen12`` 31 (drawn in two batches: regions,
levels and page shapes the earlier sets hold least, 2005-2026), ``documents/unseen13`` 23 (plans and
notices of provinces, departments and levels the earlier sets hold least, 2014-2025) and
``documents/unseen14`` 10 with their structure (notices whose requirements stand without their plan, a town's table, 2013-2022) and
``documents/unseen15`` 21 (drawn in two batches: heads of law sites, mirrors, a WeChat copy
and bodies the earlier sets hold few of, 2013-2024), ``documents/web17`` 19 whole gov.cn pages
in HTML with their structure (drawn in two batches: national 意见, notices, rules and a 预案,
1981-2019), ``documents/unseen16`` 13 with the units of each task (division-of-work plans,
2016-2023), ``documents/unseen17`` 30 with their header facts only (national 批复, 复函, 答复,
决定 and notices as whole gov.cn pages, three local 考核办法 and 转发 notices, 1996-2018) and
``documents/unseen18`` 15 more with the units of each task (divisions of work, tables and 工作要点 of
every level from a town to the State Council, 2014-2024), ``documents/unseen19`` 25 local heads
(towns', counties', cities' and a few provinces' reports, notices, 决议 and 请示 of the genre,
2005-2025), ``documents/unseen20`` 26 heads of departments, western regions, national bodies
and law libraries (reports, notices printing plans and rules, 意见 and 通报, 2003-2025),
``documents/unseen21`` 15 more with their structure (divisions of work, 立法工作计划, 工作要点,
责任制 细则 and 工作规则 of every level from a town to the Supreme People's Court, 2010-2023),
``documents/unseen22`` 15 more with the units of each task (divisions of work, 工作要点 and 实施方案 of
provinces, regions and levels the earlier sets hold least, from a district to a province, 2017-2026),
``documents/unseen23`` 26 heads of courts, procuratorates, people's congresses, CPPCC committees,
development zones, a street office and regions few sets cover (工作要点, 实施意见, 方案, 办法,
纲要, 公告 on drafts, 决议 and work reports, 2008-2025), ``documents/unseen24`` 26 heads of the
regions the earlier sets hold least (云南, 宁夏, 吉林, 重庆, 山西, 青海, 贵州, 黑龙江, 内蒙古, 海南)
and of departments, districts, a town and a city congress (notices printing 办法, 规则 and 方案,
calls for comments on drafts, a 议案, copies from PDFs, field lists and run-on lines, 2000-2024),
``documents/unseen25`` 15 more with their structure (regulations and 细则 in 第X章 / 第X条, a
bureau's share of a task table, notices' requirements, 安全生产 plans and divisions of
政府工作报告, 1999-2025), ``documents/unseen26`` 7 more with their structure (annual 法治政府建设
and 普法 plans of the genre's core, printed by their notices or from their body on, of cities, a
district, a county-level city's commission and provinces, 2021-2025), ``documents/unseen27``
25 heads of courts, procuratorates, party committees' and general offices' joint notices, towns
and autonomous regions (work reports to congresses, annual 法治政府建设 reports, notices printing
实施意见, 方案 and 工作要点, copies from mirrors, law libraries and a sharing site, 2007-2025)
and ``documents/unseen28`` 13 more with the units of each task (divisions of work, 民生实事
tables copied a cell a line or with single spaces, 工作要点 and plans of districts, counties,
cities and a national office, 2008-2023), ``documents/unseen29`` 23 heads of plans and
plan-like documents of any policy field from 华东, 华南 and 华中 (notices printing 工作规则, 方案,
意见 and 工作要点, divisions of 政府工作报告, a high court's 意见, a county party committee's
意见 and a district's 规划纲要, from disclosure blocks, mirrors and sharing sites, 2009-2024),
``documents/unseen30`` 23 heads of any policy
field from the north, north-east, north-west, south-west and national bodies (notices printing
工作规则, 规划, 方案 and 细则, divisions of 政府工作报告, 意见 of the State Council and the Supreme
People's Court, work reports, a 纲要 and a town's joint notice, 2009-2025) and
``documents/unseen31`` 12 more with the units of each task (divisions of 政府工作报告, 民生实事
tables, 责任清单, 就业 意见 and a 政务公开 task table, in fields beside rule-of-law work, from a
county to a province, 2015-2025) and ``documents/unseen32`` 6 more with the units of each task
(若干措施 and 工作要点 closing each item with its units, divisions of 政府工作报告 with brackets
and a table, 2021-2025) and ``documents/unseen33`` 24 heads of any policy field whose
layouts the earlier folders hold least (issuer-first and joint notices, a notice under its own
公示, numbers and dates in Chinese numerals or without their separators, law libraries' field
lists, disclosure fields that lost their labels or values, work reports and notices printed
without a heading, a site's footer, 2001-2024) and ``documents/unseen35`` 10 more with the units of each task (政务公开
task tables in pipes, a 责任清单 table in spaces, 工作要点, divisions of 政府工作报告 and plans on
food security and jobs, from a county to a ministry, 2015-2025) and ``documents/unseen36`` 24
heads of the genre's core from the regions the earlier folders hold least (法治政府建设 and 依法行政
plans, reports and a 考核 notice, 八五普法 plans and a 转发 notice of 北京 and 天津, whole pages with
their chrome, mirrors, a law library, an encyclopedia-style copy, reports printed without their
heading, 2006-2025) and ``documents/unseen37`` 3 more with the units of each task (法治政府建设
task lists copied a cell a line, with or without pipes, and a 营商环境 plan whose parts name their
lead unit, from a county to a city, 2019-2024) and ``documents/unseen38`` 20 heads of fields
beside the genre's core (教育, 卫生健康, 应急 and 地质灾害, 生态环境, 农业农村, 交通, 人社: notices
printing, forwarding or approving plans, 意见, 决定 and 通报, from disclosure tables, law sites,
mirrors, an encyclopedia and a document library, headings over several lines, dates in Chinese
numerals, 2001-2025), ``documents/unseen39`` 20 heads of the regions, levels and printed
forms the earlier folders hold least (青海, 黑龙江, 内蒙古's league, 新疆, 广西, a town, two
ministries and the State Council: 决定, 意见, 通报, 批复 and notices printing plans, from mirrors,
law sites and databases, a wiki library, an encyclopedia, a reprint that masks words, disclosure
tables before and after the text, 1994-2023) and ``documents/unseen40`` 9 more with the units of each task (divisions of work
of fields beside the genre's core: jobs, civil affairs, air pollution, the business environment,
road safety, food safety, a national health programme; a wiki's, mirrors', a journal page's and a
gazette's copies, units brackets broken over lines, 2013-2025), ``documents/unseen41`` 22 heads of
the genre's annual 法治政府建设 reports and interpretations at the levels the earlier folders hold
least (townships, towns, street offices, districts: joint party and government headings, disclosure
lists with and without labels, bylines, reports printed without their heading, 2023-2026) and
``documents/unseen42`` 3 more task lists and a division of a 政府工作报告 (a city's joint
city-cluster list, a district's 十四五 list, a notice printed from its address on, 2020-2025) and ``documents/unseen43`` 16 plans and notices of fields
beside the genre's core (health, education, culture, agriculture, the environment, emergencies,
market regulation, divisions of 政府工作报告: disclosure blocks, notices printed without their
heading, a wiki, a glossing mirror, a sharing site's PDF text, unit lines, brackets and a pipe
table, 2019-2025) and ``documents/unseen44`` 16 plans, opinions and notices of offices beside the
genre's core (credit, work safety, rural revitalisation, ethnic unity, statistics, the business
environment, the environment, market regulation, a division of a 政府工作报告: notices printed from
their number or address on, documents printed without heading, joint party and government heads,
numbers and dates that lost their separators, law sites' field lists, glossing mirrors, 2005-2024)
and ``documents/unseen45`` 14 plans of the genre's core (法治政府建设 方案 of provinces and a
city, 普法 要点, 法治建设 要点 with the units of each task in brackets, 依法行政 measures from law
libraries' later pages, a sharing site's page 4, a glossing mirror's national 要点 with a date
whose zeros are Greek letters, 2010-2021), ``documents/unseen46`` 12 heads and first pages of
plans beside the core (notices printing 工作要点, 措施, 方案 and 指导意见 with their address
lines, a masked national notice, a number printed over the heading, a street office's run-on
page, a letterhead under a blog's list of links, law libraries' later pages, 2011-2024),
``documents/unseen47`` 13 plans whose tasks name their units, from fields beside the core (政务公开,
社会信用, 营商环境, 食品安全, 综治: national 重点任务 and 要点 in traditional characters with pinyin
glosses, a county's 任务分工方案, a city's 要点 with several brackets to an item, a district's pipe
table of empty rows, 2014-2024), ``documents/unseen48`` 14 plans and regulations of fields
beside the genre's core (数字政府, 营商环境, 社会信用 and 应急 plans, 法治宣传教育条例: wikis, mirrors
with glosses or a betting site's name, law libraries' field lists, a sharing site's Word file in
chunks, tables of contents, bodies run into one paragraph, 2007-2023),
``documents/unseen49`` 13 plans of the lowest levels as sharing and model-essay sites print them
(schools' 法制教育 and 依法治校 计划, a township's 普法 计划, a community's, a 司法所's and a group
company's 方案: outlines of parts and points 1.1 under a site's 文档简介, texts run on one line,
chunk numbers of an extraction, a question-and-answer page, a pipe table of offices, 2024-2025),
``documents/unseen50`` 13 plans and notices whose tasks name their units (政务公开 and 安全生产
要点, 河湖长制 要点 and 方案, 营商环境 方案, notices dividing a year's key tasks: brackets of units
with a labelled time, of lead and co-responsible units, a register's validity tag before a
number and a heading, a copy garbled by markup, mirrors with pinyin glosses, 2017-2024),
``documents/unseen51`` 7 plans of the genre's core not held before (a city's
法治政府建设 实施方案 from its heading, a district's masked 依法治区 要点, a law library's later page
of a district's 依法行政 要点, outlines of 法治政府 方案 and a 2026 普法 方案 on sharing sites, one
glossed in traditional characters, a report of a province's 2024 普法 要点, 2016-2026)
``documents/unseen52`` 12 departments' own rule-of-law plans (a district 教育局's 法治工作要点,
a city 应急管理局's 八五 普法 规划 and its table of 普法 tasks, a health commission's 公立医院
法治建设 方案, a SASAC's 意见 on its firms' legal work, a civil affairs 三年行动方案, a 司法局
office's half-year plan, a university's and a procuratorate's 方案: a shop's labels, extraction
chunks, outlines of three levels, mirrors with glosses, 2020-2025),
``documents/unseen53`` 6 more plans of the genre's core (cities' 法治政府建设 要点 and 计划, a
city 依法治市(普法) office's 普法 要点 under a list of later notices, a 法制办's 要点 on a news mirror and a
district's joint 法治政府建设 方案: units with an inner angle bracket, glosses with a space, 2016-2022),
``documents/unseen54`` 12 more with the units of each task (政务公开 task tables and 要点, 营商环境
and 基层政务公开 方案 of districts, cities and their bureaus: pipe tables whose parts and measures
run into their first row, tables a cell a line, a gazette page in two columns, mirrors, 2020-2025),
``documents/unseen55`` 21 heads of 2024-2026 plans, 意见 and notices beside the genre's core
(涉企行政检查 方案, 重大行政决策事项目录, 高效办成一件事 意见, 政务公开 要点, divisions of work and
of a 政府工作报告: disclosure blocks with spaced labels, headings broken or printed twice, notices
printed from their recipients on, joint signers, a news reprint, a PDF viewer's page, glossing
mirrors, 2021-2026),
``documents/unseen56`` 9 annual 法治政府建设 要点, 安排 and 计划 of provinces, a prefecture,
a district and a township (四川, 青海, 甘肃, 内蒙古, 新疆: unit brackets of names in their variant's
bracket, remarks on the lists after them, the first unit leading by a remark, a politics-and-law
site's copy, notices printed from their recipients on, texts without a head, 2022-2025),
``documents/unseen57`` 12 more with the units of each task (divisions of 政府工作报告 and of a
十四五 纲要, 民生实事 lists, a development zone's 责任清单, 若干政策举措 and 实施方案 of counties,
districts, cities and a province: tables a cell a line with or without pipes, parts named for a
leader or a lead unit, brackets of units with remarks, mirrors in traditional characters, 2021-2025),
``documents/unseen58`` 12 of counties, districts and towns (法治政府建设 reports and summaries that name
their year's 要点 and 计划, and a county's 行动方案 whose items name their units first: disclosure
tables in pipes with bracketed labels, bulleted and run-together field lists, a heading over two
lines, a title printed twice on its line, texts without a head, 2023-2026),
``documents/unseen59`` 11 plans and notices of ministries' offices, regions, cities and
a county beside the 法治 core (知识产权 推进计划, 告知承诺制 方案, 营商环境, 诚信, 未成年人保护,
执法质量, 宪法宣传周: brackets of the ministries 负责 after each measure, a plan run into one line,
disclosure blocks, a notice printed from its recipients on, glossing mirrors, 2020-2024),
``documents/unseen60`` 10 plans and notices of 普法, 法治乡村, 法治社会 and 行政执法 (notices
printed from their recipients on, joint and six-body notices, a notice that is its own plan, a
law library's bullet fields, a sharing site's file line with pipes, a model-essay page, 2020-2023),
``documents/unseen61`` 10 more with the units of each task (政务公开 工作要点 and 实施方案 of
provinces, cities and districts the earlier sets hold least, and a city's 优化营商环境 task list:
a notice and its table run onto one line, numbers that lost their closing bracket, units in 〔〕
that each carry the work out, an office that seals for the signer, mirrors, 2021-2025),
``documents/unseen62`` 15 plans and notices of the regions and levels the earlier folders hold
least and of fields beside the core (黑龙江, 吉林, 山西, 西藏, 宁夏 and national offices: a joint
notice naming three plans, a notice of a 规划 under a library's date, a county's 应急预案 under its
site's footer, a district's 工作要点, a newspaper's 实施意见 without a head, a reprint whose words are
swapped for synonyms, a national telegram on a spam mirror, names run into their text after a lost
character or printed twice with a PDF's spaces, Markdown headings, 2023-2025),
``documents/unseen63`` 4 departments' and a region's own rule-of-law plans (a transport
department's 法治工作要点, a ministry's 法治文化 意见, a forestry bureau's 普法责任清单 and a region's
法治政府建设 计划 printed from its preamble on: a signature indented by runs of spaces, a number on
its own line, offices named as the heads of a list's points, 2022-2026),
``documents/unseen64`` 14 whole web pages of 广州's and 天河区's plans, notices and rules beside
the genre's core, saved by a public repository (a 实施方案 with its task table of units, a
招生工作方案, notices of measures and standards on relief and housing, 办法 and 细则 with their
heads only: disclosure platforms that keep the document again in a hidden block, joint issuers
run together over a heading, a reprint without its notice, 2019-2026),
``documents/unseen65`` 12 more with the units of each task (divisions of work, 工作要点 and
实施方案 of 西藏, 吉林, 内蒙古, 宁夏, 山西, 甘肃 and 海南 from a county to a province: a table a cell a
line, units in brackets or lines after each item, groups named for their lead, a leader put in
charge before the units, a news lead naming the notice, a signature cut short, 2008-2025),
``documents/unseen66`` 19 heads of plans and notices beside the core (drawn in two batches:
民法典宣传月, 信用, 数字政府, 审批, 政务服务, 安全生产, 消防, 拥军优属, 经济普查, 三农 and
民族团结, 2012-2025) as mirrors, sharing sites and disclosure pages print them (notices from
their recipients on, an issuer over its heading, a heading naming its plan by the year alone, a
field block a line a label, a number and a date that lost their brackets, a notice run onto one
line, a date under a joint 意见's heading, a sharing site's byline, a company's headline and a
Word file's name over a heading),
``documents/unseen67`` 6 plans, notices and an 意见 kept as files, PDF with a text layer and
Word, by public repositories (a province's 实施方案 notice, a State Council 规划 notice, a 规划 and an
意见 printed from web pages to PDF, a 工作要点 without its notice, a 中央一号文件 as a Word file:
a text layer that moves opening brackets or writes Kangxi radicals, ruled tables of a PDF,
2018-2026),
``documents/unseen68`` 12 plans of the genre's core not held before (普法 规划 of ministries'
and departments' systems, 法治 方案 of a district and a city, a province's 法制宣传教育 要点, a
森林法 宣传 方案: notices without their heading, a 核心提示 that runs a notice together, a Word
file's text on one line with its page numbers, a law library's page 3, glossing mirrors, bodies
printed from their preamble or part 一、 on, 2011-2022),
``documents/unseen69`` 14 plans, notices and 意见 kept as Word files a policy-analysis app made of
them (drawn in two batches: 上海's 行动方案, 实施方案, 行动计划, 若干措施 and 若干意见 from the city's 科委 and
办公厅, a 农委's 实施意见, a 北斗 plan without its notice, seven ministries' 实施意见 on 未来产业, two
中央一号文件: a crawler's Markdown block and
marks over the text, lines broken inside paragraphs where a PDF's pages broke, a unit bracket
broken over two lines, a notice heading that lost its first character, 2021-2025),
``documents/unseen70`` 8 more with the units of each task (divisions of 政府工作报告 and key
work of 安徽's province, cities and a county-level city and a county safety committee's 工作要点:
a lead leader, a lead unit and cooperating units on lines after each item, tables a cell a line,
a disclosure block of spaced labels, a news report whose figures were lost, 2019-2024),
and ``documents/unseen71`` 14 普法 plans of the genre's core with their structure (规划 of the 二五,
五五 and 六五 periods, annual 要点 and 工作计划 of bureaus and an education system, a province's 法治建设
方案, 法治宣传 activity plans and notices: law libraries' second pages, model-essay pages, glossing
mirrors in traditional characters, a disclosure block printed twice, 1991-2025),
and ``documents/unseen72`` 4 more with the units of each task (a district's division of the key
measures of its 法治建设规划 as a table a cell a line, a district's business-environment groups with
their lead and responsible units on lines of their own, and two mirrors in traditional characters
of a city's 政务公开 工作要点 and 法治化营商环境 工作方案 with the units in brackets, 2018-2024),
``documents/unseen73`` 4 more divisions of work and lists naming their units (a county's 民生实事
方案 reprinted by a trade site with each item's unit in its heading, a masked county's 河长制 要点 as
a sharing site's chunks cut the unit of its first item, and two notices dividing the tasks of a
政府工作报告 from a law library and a district's page, 2020-2022),
and ``documents/unseen74`` 12 heads (drawn in two batches) of rule-of-law notices and plans and
their neighbours (a joint national notice on a law library's field lines, a ministry's 规划 notice
without its body, a county party and government offices' joint notice, a city 决定 under a
disclosure table in pipes, notices abstracted by periodical sites with a translation, later pages
of plans ending in a date in Chinese numerals, a glossing mirror, a sharing site's Word file,
1991-2021),
and ``documents/unseen75`` 12 more where the genre's units were sought (a city department's
三项制度 division table in pipes and a county-level city's 政务公开 table a cell a line with the
units of each row, a law library's page of a city's 依法行政 measures with units in brackets, a
law library's later page of a city's 普法 要点, heads of 普法 and 依法行政 plans and notices on law
libraries, a glossing mirror and disclosure platforms, and two 枫桥式 police-station plans,
2004-2021),
and ``documents/unseen76`` 12 more of rule-of-law plans and their neighbours (a city bureau of
justice's notice printing its system's 五五 普法 plan under its site's greeting, a province's
依法行政 plan run on one line by a mirror, later pages of 法制宣传教育 and 行政执法责任制 plans on
law libraries, a 行政执法责任制 办法 whose articles a mirror in traditional characters runs
together, a town's 行政执法责任制度 in articles, a county-level city's 政务公开 catalogue of public
legal services in pipes, sharing sites' 法制宣传 要点 and 法治乡村 方案 in numbered chunks, and a
county's 法治政府建设 report, 2006-2023),
and ``documents/unseen77`` 12 more of rule-of-law plans and their neighbours (a regional tax
bureau's 法治政府建设 实施方案 split by its page's date, a county health bureau's reading of its 普法
要点, a county education bureau's 普法 计划 and a school's 法治宣传 计划 run on one line by sharing
sites, a model 司法行政 计划 in markdown, and 2025 法治政府建设 reports of towns, a county, a county
bureau and a municipal bureau under disclosure tables in pipes, field lines and site furniture,
2016-2025),
and ``documents/unseen78`` 14 more of rule-of-law plans and their neighbours (a city bureau of
justice's notice printing its 2026 司法行政 要点 under spaced disclosure fields, a county's
mechanisms for inspections of enterprises with units in brackets, a province's 2022 司法行政 要点
on a mirror, notices and opinions on 公平竞争审查 of a city, a county joint-meeting office and a
示范区, two 2026 行政执法监督 计划 on a sharing site, a county's 行政复议委员会 方案 in numbered
chunks, a county bureau's 2025 法治政府建设 report, and in a second batch four 2025 notices on
regulating inspections of enterprises with the units of their tasks, 2021-2026),
and ``documents/unseen79`` 11 more of rule-of-law plans and their neighbours (a town's notice
printing its 矛盾纠纷 排查化解 方案 under bulleted disclosure fields and lines of spaces, a
district's notice printing its 企业合规 pilot 方案 on one line under a table in pipes, model
方案 of towns on disputes and on training 法律明白人, a 2025 方案 on disputes in Markdown bold on a
sharing site, and 2024-2025 法治政府建设 reports of street offices, a township and a district
bureau, five printing no heading, 2020-2025),
and ``documents/unseen80`` 9 more of rule-of-law plans and their neighbours (pages of three
cities' 依法行政 plans on law libraries' mirrors closing each item with its units in 〔〕, in
brackets or on a 责任单位 line, one numbering its items without a mark, the tail of a
prefecture's notice on clearing up its normative documents with its date alone under the list
of attachments, and 2024-2025 法治 reports of towns, a street office, a county and a county
government office, most printing no heading, 2010-2025),
and ``documents/unseen81`` 9 more of rule-of-law reports of cities', districts' and counties'
departments (bureaus of 应急管理, 城市管理, 生态环境 and 教育 reporting their 2025 法治政府建设
under disclosure tables in pipes with empty or shifted cells, breadcrumbs and bylines, titles
over two lines or with a space after the bureau, a date in brackets under the title, 2025),
and ``documents/unseen82`` 12 more (drawn in two batches) of rule-of-law plans and their
neighbours from northern and eastern provinces (a province's 2025-2027 action plan for 法治政府 on a policy mirror, a district's
call for comments printing its draft 2026-2030 法治 规划, a district's request printing its 八五 普法
规划 as an annex with two organs signing, a town's summary and plan under disclosure fields, and
2022-2025 法治政府建设 reports of a city, districts, counties and a city bureau, under disclosure
fields, bylines, a number and an addressee, a heading over two lines, or printing no heading,
2021-2026),
and ``documents/unseen83`` 20 more of rule-of-law reports and plans of central, southern and
western provinces (drawn in two batches: 2020-2025 法治政府建设 reports of provinces, cities,
districts, towns and their 司法局 under breadcrumbs, a site's IPv6 notice, disclosure fields
one a line, two a line or all on one, a number in square brackets before the heading and
addressees of two organs, and two provinces' 2021 法治社会 plans printed by news sites, one in
traditional characters, with their sections and tasks, 2020-2025),
and ``documents/unseen84`` 16 more of plans' neighbours kept as original files (drawn in two
batches: eight web pages of a city's notices, 通告 and rules as the site served them, and eight
Word files of a city's and national notices, rules, a 规划, a report and a 纲要, 2021-2025),
and ``documents/unseen85`` 12 more of plans that divide their tasks among units (a county
bureau's 乡村振兴 list with a bracket of lead, participants and towns, national and provincial
divisions of the 《政府工作报告》 among departments, a table of quantified targets a row a line,
lead units on lines of their own or in square brackets, and notices of cities and districts
printing such divisions, 2015-2023),
and ``documents/unseen86`` 21 more (drawn in three batches) of rule-of-law plans and their
neighbours, most from departments (a province department's notice printing its 2023 法制 要点
with its number, addressees and signature, a news item on a province department's 2022 法治建设
方案, and 2017-2025 法治政府建设 reports of province, city, district and county departments under
breadcrumbs, disclosure fields in square brackets, in pipes or several a line, a date in brackets
under the heading, or printing no heading or only an addressee; the national 法治政府建设实施纲要
and a ministry's 财政法治 opinion on mirror hosts whose traditional characters carry pinyin in
brackets, and a county's 宪法日 方案 on a sharing site, 2014-2025),
and ``documents/unseen87`` 14 more (drawn in two batches) of rule-of-law plans' neighbours that
are sought less (notices printing 证明事项告知承诺制 方案 under disclosure fields or in a law
library, two counties' notices printing their catalogues of 重大行政决策, one with a pipe table of
承办单位, a city's 依法行政 五五 规划 of 2011, a city's 2017 公平竞争审查 notice, a bureau's notice
under its red head printing its 行政执法 report, a 依法治市 office's 涉企行政检查 方案 on a spam
mirror, county 方案 and 意见 printed without their heading, bureaus' and a town's 法治政府建设
reports, and a college's 法治教育宣传周 notice printed from its addressee on, 2011-2025),
and ``documents/unseen88`` 13 more of plans that divide their work among units and of national
and departmental plans and reports (a city bureau's 政务公开 分工 table of 责任科室, a county's
政务公开 要点 with its units in brackets, a county's 信用示范县 方案 under pipe fields, the NPC
Standing Committee's 立法 and 监督 plans and its 国有资产 监督 规划 reposted on local sites, a
province's 八五 普法 规划 in a department's news, the 国资委's 2010 依法行权履责 意见 printed from its
number on, and the 法治政府建设 reports of a ministry, a city bureau, a province's 气象局 and two
towns, one on a spam host, 2010-2025),
and ``documents/unseen89`` 9 more (drawn in two batches) of cities' 法治政府建设 方案 and 意见
and of cities', streets' and townships' 法治政府建设 reports from provinces the earlier folders
hold few of (a city's 实施方案 under disclosure fields printed twice as pipe rows, a city's 意见 as
a PDF's text under its red head, reports under a byline of long runs of spaces, under pipe rows
of disclosure fields, under fields one a line after a dash, on sharing sites as a Word file's one
line or as numbered chunks with the title twice run into the addressee, with the title twice,
and a city's report mirrored in traditional characters from its addressee on, 2015-2025),
and ``documents/unseen90`` 11 more of rule-of-law plans as sharing and model-essay sites print
them (a province's 法治乡村 行动计划 on a 普法 site, a company's 法律事务 计划 run on, bureaus' 学法
计划 with spliced advertising words or in a site's numbered chunks, a county bureau's 会前学法 rules
with their schedule flattened on one line, a county department's 第一责任人 职责清单 in pipes,
宪法日 方案 of a school, a district and a region, a district's 依法行政 要点 from its fourth page
with units in brackets, and a township's 依法行政 计划 in traditional characters, 2011-2023),
and ``documents/unseen91`` 12 more of plans outside the rule-of-law field printed as such plans
are (a city's 养老服务 意见 on a spam mirror with pinyin glosses and its units in brackets,
cities' 数字政府 要点 and 方案 and a city's 蓝天保卫战 方案 mirrored in traditional characters, a
county's 助老 办法 under disclosure fields printed twice, two provinces' 运输结构 方案 and
农村教育 意见, a province's 教育 要点 of two joint issuers, twelve departments' 乡村振兴 意见, a
district's 全民健身 计划, a county's 人居环境 方案 and a province's 餐饮 食品安全 要点, 2004-2023),
and ``documents/unseen92`` 10 more of 普法 plans printed as their hosts print them (a city's 七五
规划 under a heading that keeps only the end of its notice's title, a university's and two provinces'
education-system 七五 规划, one on a sharing site's single line, a city education bureau's from its
addressees on, the health ministry's 五五 规划 on a model-essay site, a city's 以案释法 意见 under a
sharing site's title run into its preamble, a prefecture's 科技 普法 要点 with its names removed, a
district's 普法责任制 意见 under a sidebar of later notices, and a district's 学法考法 notice,
2006-2017),
and ``documents/unseen93`` 13 more of rule-of-law plans of schools, a hospital and a bank (two
education departments' notices on creating 依法治校示范校, one reposted in traditional characters
under a firm's advertisement, a province's notice forwarding the ministry's 高校法治 意见 under
pipe fields, schools' 法制教育 计划 and 依法治校 方案 on model-essay and sharing sites, one mirrored
with pinyin glosses and one run on in one paragraph, a hospital's 法制宣传 计划 under a sharing
site's numbered notices and a bank's 合规文化 方案, 2017-2026),
and ``documents/unseen94`` 10 more of plans of justice administration and the rule of law's
procedures (a county's 证明事项告知承诺制 方案 under disclosure fields as pipe rows, a city justice
bureau's 执法协调监督 方案 and county and district justice bureaus' plans printed from their preamble
on, a county justice bureau's 三项制度 方案 with its title over two lines, a county's 三项制度 方案
in a sharing site's numbered chunks with its units in brackets, a city justice bureau's plan from
its item (二) on, a city congress's 公益诉讼 决定 and a county's 证明事项 notice printed from their
first lines on, 2017-2024),
and ``documents/unseen95`` 12 more of divisions of work of northern provinces and cities (two
provinces' divisions of their work reports, one with each item's units on lines of their own, a
municipality's division of the State Council's report as a news portal prints it, a province's
安全生产 分工方案 on one line and a page of another province's from item 44 on with its units in
brackets of five forms, a province's draft 营商环境 方案 under its call for comments, provinces',
a prefecture's and a district's notices dividing their reports' tasks, a province's 健康 行动计划,
a province's 生态环境 分工方案 in the news and a prefecture's 专项行动 方案 under disclosure
fields, 2006-2025),
and ``documents/unseen96`` 10 more of divisions of work that name their units, outside the rule-of-law
field (a county's 政务公开 要点 with its units in tortoise-shell brackets, a city education bureau's
要点 in a sharing site's PDF lines, a region's 安全生产 要点, a district's 健康 方案 on a policy site, a
city's 营商环境 行动 and 养老 意见 mirrored in traditional characters, one garbled and one glossed, a
city's 营商环境 方案 from its addressees on, a county-level city's key work table one cell a line, a
city's key work table in pipes on a model-text site and a district's 民生实事 table in pipe rows,
2017-2022),
and ``documents/unseen97`` 12 more of rule-of-law plans of 2025 (a province's 依法治省 要点 in the
news, two provinces' government 立法工作计划, one on a mirror in traditional characters with pinyin
glosses, a provincial, two city and the national congress's 立法 and 监督 计划 and a city
congress's 工作要点, printed with or without their titles, and three counties' notices publishing
their 重大行政决策事项目录, one with the list's first row in pipes),
and ``documents/unseen98`` 12 more of plans of legislation (provincial and city congresses' standing
committees' 立法计划 with their projects under the meeting that is to review them, two without title
under their adoption note, one with none, governments' 立法计划 with their drafting units in brackets
or in a table copied one cell a line, and notices printing a 规章制定计划 or a 立法计划 with their own
requirements, one with its number's brackets lost, 2015-2024),
and ``documents/unseen99`` 12 more of plans of rule-of-law supervision and appraisal, with their
coordination groups and assessments (a town's plan for the 督察工作规定, the national 示范创建 意见
mirrored with glosses, a bureau's 考核方案 outline on a sharing site, a city's 执法考评 notice on one
line, 评议考核办法 and 行政执法责任制 plans on law libraries, a county's 案卷评查 notice, a rule on
行政检查 and a model 案卷评查 plan, 2005-2015 where printed),
and ``documents/unseen100`` 14 more of plans of legal services and the settling of disputes (a
district's 公共法律服务 方案 from its preamble on, a county's and a city's plans for government legal
advisers, one masked and one from a later page, law libraries' pages of a national 人民调解法 意见,
a county's and a province's 人民调解 documents and a city's 矛盾纠纷 排查调处 document, a county's
社区矫正 要点 and a town's 一站式 方案 on model-text sites, a county justice bureau's 方案 under
disclosure fields, a district justice bureau's 法律援助 方案 with its printing line, a district's
人民调解 plan from its tasks on, a county office's 三调联动 notice and a county's 大调解 方案,
2009-2023),
and ``documents/unseen101`` 12 more of 普法 plans and the duties they carry (a province's 八五 普法
规划 reprinted with its title broken by a space, a city's 六五 规划 without its title and another's
page 7 listing which body teaches which group, a district's draft 八五 规划 under its call for
comments, the national, a city's and a mirrored city's 八五 普法 决议, a district's 宪法宣传周 方案 and
a 法治文化 意见 on sites of model texts, a district's notice asking for its 七五 普法 results, a
county's reading of its 学法月 方案 glossed in traditional characters and a province's newspaper
report of its 宪法宣传周 units, 2011-2023),
each split by a seeded draw into
``tune`` (whose failures may guide the parser) and ``check`` (only ever measured); see their READMEs. The floors in each
``floors.json`` are figures measured on each folder and rounded down.
"""

from __future__ import annotations

import json
import pathlib
import random
from typing import Any

import pytest

from scriptfiles import load

DOCUMENTS = pathlib.Path(__file__).resolve().parent / "documents"
SETS = ("tune", "check")
# each folder of unseen documents and the seed of its draw into tune and check
FOLDERS = {
    "unseen": 20261130,
    "unseen2": 20261201,
    "unseen3": 20261202,
    "unseen4": 20261204,
    "unseen5": 20261205,
    "unseen6": 20261206,
    "unseen7": 20261207,
    "unseen8": 20261208,
    "unseen9": 20261210,
    "unseen10": 20261211,
    "unseen11": 20261212,
    "unseen12": 20261213,
    "unseen13": 20261214,
    "unseen14": 20261215,
    "unseen15": 20261216,
    "unseen16": 20261217,
    "web17": 20261217,
    "unseen17": 20261218,
    "unseen18": 20261218,
    "unseen19": 20261219,
    "unseen20": 20261220,
    "unseen21": 20261221,
    "unseen22": 20261223,
    "unseen23": 20261225,
    "unseen24": 20261227,
    "unseen25": 20261228,
    "unseen26": 20261229,
    "unseen27": 20261230,
    "unseen28": 20261231,
    "unseen29": 20270129,
    "unseen30": 20270101,
    "unseen31": 20270131,
    "unseen32": 20270201,
    "unseen33": 20270202,
    "unseen35": 20270205,
    "unseen36": 20270206,
    "unseen37": 20270237,
    "unseen38": 20270238,
    "unseen39": 20270239,
    "unseen40": 20270240,
    "unseen41": 20270241,
    "unseen42": 20270242,
    "unseen43": 20270243,
    "unseen44": 20270244,
    "unseen45": 20270245,
    "unseen46": 20270246,
    "unseen47": 20270247,
    "unseen48": 20270248,
    "unseen49": 20270249,
    "unseen50": 20270250,
    "unseen51": 20270251,
    "unseen52": 20270252,
    "unseen53": 202702553,
    "unseen54": 202702554,
    "unseen55": 202702555,
    "unseen56": 202702556,
    "unseen57": 202702557,
    "unseen58": 202702558,
    "unseen59": 202702559,
    "unseen60": 202702560,
    "unseen61": 202702561,
    "unseen62": 202702562,
    "unseen63": 202702563,
    "unseen64": 202702564,
    "unseen65": 202702565,
    "unseen66": 202702566,
    "unseen67": 202702567,
    "unseen68": 202702568,
    "unseen69": 202702569,
    "unseen70": 202702570,
    "unseen71": 202702571,
    "unseen72": 202702572,
    "unseen73": 202702573,
    "unseen74": 202702574,
    "unseen75": 202702575,
    "unseen76": 202702576,
    "unseen77": 202702577,
    "unseen78": 202702578,
    "unseen79": 202702579,
    "unseen80": 202702580,
    "unseen81": 202702581,
    "unseen82": 202702582,
    "unseen83": 202702583,
    "unseen84": 202702584,
    "unseen85": 202702585,
    "unseen86": 202702586,
    "unseen87": 202702587,
    "unseen88": 202702588,
    "unseen89": 202702589,
    "unseen90": 202702590,
    "unseen91": 202702591,
    "unseen92": 202702592,
    "unseen93": 202702593,
    "unseen94": 202702594,
    "unseen95": 202702595,
    "unseen96": 202702596,
    "unseen97": 202702597,
    "unseen98": 202702598,
    "unseen99": 202702599,
    "unseen100": 202702600,
    "unseen101": 202702601,
}
# after a draw: documents withdrawn as copies of an earlier folder's, and one added to tune
WITHDRAWN = {
    "unseen2": ["v07_yiwu_2022_pufa_yaodian", "v15_gansu_2021_fazhishehui_fangan"],
    "unseen4": ["u4_zigong_2005_yifaxingzheng_guihua"],
    "unseen27": ["y27_zuigaofa_2019_gongzuo_yaodian_fields_trad"],
    "unseen31": ["y31_hunan_2019_zhengfu_gongzuo_baogao_fengong"],
    "unseen46": ["y46_dingtao_2017_zhengwu_gongkai_yaodian_spam_mirror"],
    "unseen48": ["y48_chizhou_2017_yingshang_yijian_mirror"],
}
ADDED_TO_TUNE = {"unseen2": ["v26_xinjiang_xian_2022_bawu_guihua"]}
# the fewest documents a folder holds: twenty, but for a smaller set of whole structures
FEWEST = {
    "unseen14": 10,
    "unseen16": 13,
    "web17": 19,
    "unseen18": 15,
    "unseen21": 15,
    "unseen22": 15,
    "unseen25": 15,
    "unseen26": 7,
    "unseen28": 13,
    "unseen31": 12,
    "unseen32": 6,
    "unseen35": 10,
    "unseen37": 3,
    "unseen40": 9,
    "unseen42": 3,
    "unseen43": 16,
    "unseen44": 16,
    "unseen45": 14,
    "unseen46": 12,
    "unseen47": 13,
    "unseen48": 15,
    "unseen49": 13,
    "unseen50": 13,
    "unseen51": 7,
    "unseen52": 12,
    "unseen53": 6,
    "unseen54": 12,
    "unseen56": 9,
    "unseen57": 12,
    "unseen58": 12,
    "unseen59": 11,
    "unseen60": 10,
    "unseen61": 10,
    "unseen62": 15,
    "unseen63": 4,
    "unseen64": 14,
    "unseen65": 12,
    "unseen66": 19,
    "unseen67": 6,
    "unseen68": 12,
    "unseen69": 14,
    "unseen70": 8,
    "unseen71": 14,
    "unseen72": 4,
    "unseen73": 4,
    "unseen74": 12,
    "unseen75": 12,
    "unseen76": 12,
    "unseen77": 12,
    "unseen78": 14,
    "unseen79": 11,
    "unseen80": 9,
    "unseen81": 9,
    "unseen82": 12,
    "unseen84": 16,
    "unseen85": 12,
    "unseen86": 21,
    "unseen87": 14,
    "unseen88": 13,
    "unseen89": 9,
    "unseen90": 11,
    "unseen91": 12,
    "unseen92": 10,
    "unseen93": 13,
    "unseen94": 10,
    "unseen95": 12,
    "unseen96": 10,
    "unseen97": 12,
    "unseen98": 12,
    "unseen99": 12,
    "unseen100": 14,
    "unseen101": 12,
}
# the batches of a folder collected one after the other, each drawn on its own: the last stem
# of each batch but the last
BATCH_ENDS = {
    "unseen3": [
        "w12_jimei_2011_liuwu_guihua_news",
        "w30_guangdong_2015_yifazhisheng_yijian_news",
        "w37_zhongyang_2021_fazhiwenhua_yijian_news",
        "w40_jingyan_2022_gonggong_falv_fuwu_guihua",
        "w42_xinghe_2018_fazhi_fenwei_fangan",
    ],
    "unseen6": [
        "z25_luxian_2022_fazhi_xuanchuan_news_trad",
        "z36_dongpo_2021_fazhizhengfu_diaoyan_news_trad",
        "z44_xinghua_2023_minfadian_xuanchuanyue_news_trad",
        "z49_zhongyang_2024_zhifa_jiandu_news",
    ],
    "unseen8": ["u8_zhongshan_2021_gaozhi_chengnuo_fangan_trad"],
    "unseen9": [
        "u9_zhejiang_2023_scjg_fazhililju_yaodian",
        "u9b_tonglu_2023_juece_jianyi_zhengji_tongzhi",
        "u9c_nongyebu_2024_fazhizhengfu_baogao",
    ],
    "unseen10": ["y10_zibo_2024_weijian_fazhizhengfu_baogao"],
    "unseen12": ["y12_zhongshan_gzw_2025_fazhi_baogao"],
    "unseen15": ["y15_zuigaojian_2019_jiancha_gaige_guihua_trad"],
    "web17": ["w17_guofa_2019_3_zonghe_baoshuiqu"],
    "unseen56": ["y56_xining_chengbei_2025_fazhizhengfu_yaodian"],
    "unseen59": ["y59_zuigaofa_2019_gongzuo_yaodian_lawlib"],
    "unseen66": ["y66_zhangshu_2024_minfadian_xuanchuanyue_fangan_trad"],
    "unseen69": ["y69_shnyw_2022_nongji_yijian_docx"],
    "unseen74": ["y74_zhuanglang_2012_wenmingxian_biaobing_fangan_lianhe"],
    "unseen78": ["y78_zijin_2025_sifaju_fazhi_zhengfu_baogao"],
    "unseen82": ["y82_zhejiang_2025_fazhi_zhengfu_xingdong_jihua_mirror"],
    "unseen83": ["y83_yongchuan_sifaju_2024_fazhi_zhengfu_baogao"],
    "unseen84": ["y84_guowuyuan_2021_shichang_zhuti_dengji_tiaoli"],
    "unseen86": [
        "y86_zengcheng_gongan_2024_fazhi_zhengfu_baogao",
        "y86b_zhongyang_2021_fazhi_zhengfu_gangyao_news_trad",
    ],
    "unseen87": ["y87_zzut_2024_fazhi_jiaoyu_xuanchuanzhou_tongzhi_noheading"],
    "unseen89": ["y89_xinzhou_2020_fazhi_zhengfu_baogao"],
}


accuracy = load("benchmarks/accuracy.py")


def _floors(folder: str) -> dict[str, Any]:
    path = DOCUMENTS / folder / "floors.json"
    floors: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return floors


# the summaries of every folder take a minute to read: one worker reads them for all the tests
# here (pytest-xdist runs with --dist=loadgroup), not each worker that draws one of them
pytestmark = pytest.mark.xdist_group("collected-plan-documents")


@pytest.fixture(scope="module")
def summaries() -> dict[tuple[str, str], Any]:
    found: dict[tuple[str, str], Any] = {}
    for folder in FOLDERS:
        report = accuracy.run(DOCUMENTS / folder, list(SETS))
        found.update({(folder, name): report["sets"][name]["summary"] for name in SETS})
    return found


@pytest.mark.parametrize(("folder", "name"), [(f, n) for f in FOLDERS for n in SETS])
def test_every_unseen_document_is_read_without_a_crash(
    summaries: dict[tuple[str, str], Any], folder: str, name: str
) -> None:
    summary = summaries[folder, name]
    assert summary["documents"] == _floors(folder)[name]["documents"]
    assert summary["crashed"] == summary["failed"] == 0


@pytest.mark.parametrize(
    ("folder", "name", "field"),
    [
        (folder, name, field)
        for folder in FOLDERS
        for name in SETS
        for field in sorted(_floors(folder)[name]["header"])
        if _floors(folder)[name]["header"][field] > 0  # a floor of 0 guards nothing
    ],
)
def test_header_accuracy_stays_above_its_floor(
    summaries: dict[tuple[str, str], Any], folder: str, name: str, field: str
) -> None:
    measured = summaries[folder, name]["header"][field]["accuracy"]
    floor = _floors(folder)[name]["header"][field]
    assert measured >= floor, f"{folder} {name} {field}: {measured:.3f}"


@pytest.mark.parametrize(
    ("folder", "name", "field"),
    [
        (folder, name, field)
        for folder in FOLDERS
        for name in SETS
        for field in sorted(_floors(folder)[name]["f1"])
        if _floors(folder)[name]["f1"][field] > 0
    ],
)
def test_f1_stays_above_its_floor(
    summaries: dict[tuple[str, str], Any], folder: str, name: str, field: str
) -> None:
    measured = summaries[folder, name]["counts"][field]["f1"]
    floor = _floors(folder)[name]["f1"][field]
    assert measured >= floor, f"{folder} {name} {field}: {measured:.3f}"


@pytest.mark.parametrize(("folder", "seed"), FOLDERS.items())
def test_the_check_folder_is_the_recorded_seeded_draw(folder: str, seed: int) -> None:
    stems = {
        name: sorted(
            p.name.removesuffix(".facts.json")
            for p in (DOCUMENTS / folder / name).glob("*.facts.json")
        )
        for name in SETS
    }
    withdrawn = WITHDRAWN.get(folder, [])
    drawn = [stem for stem in stems["tune"] if stem not in ADDED_TO_TUNE.get(folder, [])]
    every = sorted(drawn + stems["check"] + withdrawn)
    assert len(every) >= FEWEST.get(folder, 20)
    check: list[str] = []
    for batch in _batches(every, BATCH_ENDS.get(folder, [])):
        draw = random.Random(seed)  # noqa: S311 - a reproducible split, not a secret
        check.extend(draw.sample(batch, round(len(batch) / 3)))
    assert sorted(stem for stem in check if stem not in withdrawn) == stems["check"]


def _batches(stems: list[str], ends: list[str]) -> list[list[str]]:
    """The sorted stems cut after each batch's last stem."""
    batches: list[list[str]] = [[]]
    for stem in stems:
        batches[-1].append(stem)
        if stem in ends:
            batches.append([])
    return [batch for batch in batches if batch]


def _urls(folder: pathlib.Path) -> set[str]:
    return {
        json.loads(path.read_text(encoding="utf-8"))["url"] for path in folder.glob("*.meta.json")
    }


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_unseen_document_has_its_provenance_and_is_new(folder: str) -> None:
    known = _urls(DOCUMENTS.parent.parent / "corpus" / "dev")
    earlier = list(FOLDERS)[: list(FOLDERS).index(folder)]
    for other in earlier:  # a later folder holds none of an earlier one's documents
        known |= _urls(DOCUMENTS / other / "tune") | _urls(DOCUMENTS / other / "check")
    for name in SETS:
        for meta_path in (DOCUMENTS / folder / name).glob("*.meta.json"):
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            assert (DOCUMENTS / folder / name / meta["file"]).is_file(), meta_path
            assert meta["url"].startswith("http"), meta_path
            assert meta["site"], meta_path
            if meta["url"] in known:  # named by file alone: the earlier folders stay unprinted
                pytest.fail(f"{meta_path.name} copies a document of an earlier folder")
            stem = meta_path.name.removesuffix(".meta.json")
            assert (DOCUMENTS / folder / name / f"{stem}.facts.json").is_file(), meta_path
