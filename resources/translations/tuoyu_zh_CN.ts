<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>AddFacilityDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="95" />
        <source>Add facility</source>
        <translation>添加机构</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="100" />
        <source>Full registered name</source>
        <translation>登记的机构全称</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="103" />
        <source>18 characters, e.g. 52110105MJ0123456X</source>
        <translation>18 位，例如 52110105MJ0123456X</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="104" />
        <source>Facility name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="105" />
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="110" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="122" />
        <source>Please enter the facility's name</source>
        <translation>请填写机构名称</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="125" />
        <source>Please enter the unified social credit code</source>
        <translation>请填写统一社会信用代码</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="161" />
        <source>{title} ({version})</source>
        <translation>{title}（{version}）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="163" />
        <source>revision {revision}</source>
        <translation>第 {revision} 版</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="169" />
        <source>Finalised: read only</source>
        <translation>已定稿，只读</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="171" />
        <source>This self-assessment was finalised; its answers can no longer be changed</source>
        <translation>本次自评已定稿，回答不能再修改</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="198" />
        <source>Previous indicator (Ctrl+PgUp or Alt+←)</source>
        <translation>上一个指标（Ctrl+PgUp 或 Alt+←）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="201" />
        <source>Next indicator (Ctrl+PgDown or Alt+→)</source>
        <translation>下一个指标（Ctrl+PgDown 或 Alt+→）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="335" />
        <source>‹  Previous</source>
        <translation>‹  上一个</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="336" />
        <source>Next  ›</source>
        <translation>下一个  ›</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="436" />
        <source>Saved {time}</source>
        <translation>已保存 {time}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="437" />
        <source>Every change is saved as soon as you make it</source>
        <translation>每项修改都会立即保存</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="453" />
        <source>Data saved back</source>
        <translation>数据已写回</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="454" />
        <source>The file that had replaced the data file was kept as {path}.</source>
        <translation>替换了数据文件的那个文件已另存为 {path}。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="461" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="465" />
        <source>Not saved: {message}. Your input is still on screen; try again when the problem is fixed.</source>
        <translation>未保存：{message}。您填写的内容仍保留在屏幕上，排除问题后请点击“重试”。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="485" />
        <source>{done} of {total} items done</source>
        <translation>已完成 {done}/{total} 项</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="490" />
        <source>Provisional until every item is answered</source>
        <translation>全部条目完成前为暂定等级</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="490" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="44" />
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="47" />
        <source>Backups and recovery</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="51" />
        <source>A backup of all data is taken at every start, before finalising and before importing. Backups are kept in the folder {folder}.</source>
        <translation>每次启动、定稿前和导入前都会自动备份全部数据。备份保存在文件夹 {folder}。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="58" />
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="58" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="60" />
        <source>No backup yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="63" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="65" />
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="69" />
        <source>Keep the newest</source>
        <translation>保留最新的</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="73" />
        <source> backups</source>
        <translation> 个备份</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="79" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="96" />
        <source>at start</source>
        <translation>启动时</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="96" />
        <source>before finalising</source>
        <translation>定稿前</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="97" />
        <source>before importing</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="97" />
        <source>taken by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="98" />
        <source>before restoring</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="99" />
        <source>{when} ({why})</source>
        <translation>{when}（{why}）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="125" />
        <source>Backup taken: {label}</source>
        <translation>已备份：{label}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="145" />
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="147" />
        <source>Replace all current data with the backup of {label}?

The current data file is not deleted: it is kept aside in the data folder, and a backup of it is taken first.</source>
        <translation>用 {label} 的备份替换当前的全部数据吗？

当前的数据文件不会被删除：它会另存在数据文件夹中，并且会先备份一次。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="160" />
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/backups_dialog.py" line="164" />
        <source>Restored {label}. The previous data file was kept as {aside}.</source>
        <translation>已恢复 {label}。原来的数据文件另存为 {aside}。</translation>
    </message>
</context>
<context>
    <name>CalendarButton</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/date_field.py" line="23" />
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/date_field.py" line="24" />
        <source>Pick the date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/answer_inputs.py" line="83" />
        <source>{label}: {points} of {max} points</source>
        <translation>{label}：得 {points} 分（满分 {max} 分）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/answer_inputs.py" line="89" />
        <source> (key {n})</source>
        <translation>（按键 {n}）</translation>
    </message>
</context>
<context>
    <name>CityTab</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="50" />
        <source>Cycle:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="55" />
        <source>Register district…</source>
        <translation>登记区县…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="56" />
        <source>A district's name and one of its officers' certificates</source>
        <translation>区县名称及其一名审核人员的证书</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="59" />
        <source>Import district packages…</source>
        <translation>导入区县汇总包…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="63" />
        <source>Export city workbook…</source>
        <translation>导出全市工作簿…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="67" />
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="105" />
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="177" />
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="67" />
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="67" />
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="67" />
        <source>Made at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="68" />
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="84" />
        <source>{period} ({n} districts)</source>
        <translation>{period}（{n} 个区县）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="100" />
        <source>{n} districts registered; no package imported yet.</source>
        <translation>已登记 {n} 个区县；尚未导入汇总包。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="105" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="105" />
        <source>Facility</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="105" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="105" />
        <source>Total %</source>
        <translation>得分率%</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="128" />
        <source>{districts} districts; submitted {submitted} of {roster}; average {average}; grades: {grades}.</source>
        <translation>{districts} 个区县；已提交 {submitted}/{roster}；平均得分率 {average}；等级分布：{grades}。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="131" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="134" />
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="145" />
        <source>Register district</source>
        <translation>登记区县</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="135" />
        <source>District name, as its packages write it (e.g. 北京市朝阳区):</source>
        <translation>区县名称（与其汇总包中写明的一致，如 北京市朝阳区）：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="138" />
        <source>Certificate of one of the district's officers</source>
        <translation>该区县一名审核人员的证书</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="139" />
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>证书 (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="150" />
        <source>Folder of district packages</source>
        <translation>区县汇总包所在文件夹</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="155" />
        <source>Verifying packages…</source>
        <translation>正在核验汇总包…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="156" />
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="169" />
        <source>Import district packages</source>
        <translation>导入区县汇总包</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="175" />
        <source>Imported district packages</source>
        <translation>已导入的区县汇总包</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="176" />
        <source>{good} of {total} files imported or already here</source>
        <translation>共 {total} 个文件，{good} 个已导入或此前已有</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="185" />
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="192" />
        <source>Export the city workbook</source>
        <translation>导出全市工作簿</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/city_tab.py" line="186" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ClassesTable</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="119" />
        <source>Class type</source>
        <translation>班型</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="119" />
        <source>Class name</source>
        <translation>班级名称</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="119" />
        <source>Children</source>
        <translation>在托幼儿数</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="119" />
        <source>Caregivers</source>
        <translation>保育人员数</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="120" />
        <source>Ratio</source>
        <translation>师幼比</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="120" />
        <source>Activity room</source>
        <translation>活动室面积</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="132" />
        <source>Classes</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="135" />
        <source>Add class</source>
        <translation>添加班级</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="136" />
        <source>Add a row for another class</source>
        <translation>再添加一个班级</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="137" />
        <source>Remove class</source>
        <translation>删除班级</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="138" />
        <source>Remove the selected class</source>
        <translation>删除选中的班级</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="169" />
        <source>The class's own activity room in square metres (0: not measured yet)</source>
        <translation>本班活动室使用面积（平方米；0 表示尚未测量）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="247" />
        <source>Over 1 : {limit} for this class type</source>
        <translation>超过该班型 1 : {limit} 的要求</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="248" />
        <source>Caregivers to children in this class</source>
        <translation>本班保育人员与幼儿之比</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="113" />
        <source>New reporting cycle</source>
        <translation>新建报送周期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="117" />
        <source>Self-assessment</source>
        <translation>机构自评</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="118" />
        <source>Inspection</source>
        <translation>督导巡查</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="120" />
        <source>As written in the reports, e.g. 2026年下半年</source>
        <translation>与报告中的写法一致，如 2026年下半年</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="125" />
        <source>Optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="126" />
        <source>Report kind:</source>
        <translation>报告类型：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="127" />
        <source>Period:</source>
        <translation>评估周期：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="128" />
        <source>Due date:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="129" />
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="134" />
        <source>Create</source>
        <translation>新建</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/date_field.py" line="57" />
        <source>For example 2026-12-31 or 2026/12/31</source>
        <translation>例如 2026-12-31、2026/12/31 或 2026年12月31日</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/answer_inputs.py" line="209" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/answer_inputs.py" line="210" />
        <source>Fill in today's date</source>
        <translation>填入今天的日期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/answer_inputs.py" line="225" />
        <source>Write the date as 2026-11-23</source>
        <translation>日期请写成 2026-11-23 的格式</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="118" />
        <source>District desk</source>
        <translation>区县工作台</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="120" />
        <source>Reporting cycle:</source>
        <translation>报送周期：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="125" />
        <source>New cycle…</source>
        <translation>新建周期…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="128" />
        <source>Import reports…</source>
        <translation>导入报告…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="130" />
        <source>Verify and import every signed report in a folder</source>
        <translation>核验并导入文件夹中的全部签名报告</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="145" />
        <source>City summary</source>
        <translation>市级汇总</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="163" />
        <source>Officer's digital identity</source>
        <translation>审核人的数字身份</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="178" />
        <source>Export workbook…</source>
        <translation>导出上报工作簿…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="179" />
        <source>The cycle as one workbook for the city (XLSX)</source>
        <translation>把本周期导出为一个上报市级的工作簿（XLSX）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="183" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="199" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="255" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="276" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="288" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="352" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="460" />
        <source>Facility</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="183" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="276" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="288" />
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="183" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="255" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="288" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="184" />
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="184" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="199" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="352" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="184" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="199" />
        <source>Percent</source>
        <translation>得分率</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="185" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="200" />
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="188" />
        <source>Submissions</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="194" />
        <source>Accepted reports waiting for a review (double-click to review).</source>
        <translation>已接收、等待审核的报告（双击审核）。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="195" />
        <source>Review…</source>
        <translation>审核…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="199" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="288" />
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="200" />
        <source>Veto failures</source>
        <translation>否决项未达标</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="200" />
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="203" />
        <source>Review queue</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="214" />
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="217" />
        <source>Package for the city…</source>
        <translation>生成区县汇总包…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="218" />
        <source>One signed file with this cycle's data (no photos) for the city</source>
        <translation>一个签名文件，内含本周期数据（不含照片），报送市级</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="229" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="568" />
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="236" />
        <source>Facility name or credit code</source>
        <translation>机构名称或信用代码</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="240" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="240" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="240" />
        <source>Open</source>
        <translation>整改中</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="241" />
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="246" />
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="246" />
        <source>Inspection findings</source>
        <translation>督导巡查发现</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="247" />
        <source>Self-assessment gaps</source>
        <translation>自评未达标</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="251" />
        <source>Close on evidence…</source>
        <translation>依据报告销号…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="255" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="255" />
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="256" />
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="256" />
        <source>Age (days)</source>
        <translation>已用天数</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="256" />
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="258" />
        <source>Rectification board</source>
        <translation>整改看板</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="266" />
        <source>Template…</source>
        <translation>名册模板…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="267" />
        <source>Import roster…</source>
        <translation>导入名册…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="268" />
        <source>Add facility…</source>
        <translation>添加机构…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="269" />
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="270" />
        <source>Register certificate…</source>
        <translation>登记证书…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="276" />
        <source>Filing number</source>
        <translation>备案号</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="277" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="277" />
        <source>Affordable</source>
        <translation>普惠</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="277" />
        <source>Places</source>
        <translation>托位数</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="277" />
        <source>Certificates</source>
        <translation>已登记证书</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="281" />
        <source>Roster</source>
        <translation>备案名册</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="286" />
        <source>Reports kept aside and never counted: facilities not on the roster, signers not registered, conflicting copies.</source>
        <translation>暂存、不计入统计的报告：不在名册的机构、签名人未登记、内容冲突的副本。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="289" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="291" />
        <source>Held aside</source>
        <translation>暂存</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="299" />
        <source>{title} (due {date})</source>
        <translation>{title}（截止 {date}）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="319" />
        <source>No reporting cycle yet: create one with New cycle…</source>
        <translation>还没有报送周期：请点“新建周期…”</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="329" />
        <source>{count} facilities on the roster: {states}</source>
        <translation>名册共 {count} 家：{states}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="330" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="382" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="352" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="352" />
        <source>Total %</source>
        <translation>总得分率</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="353" />
        <source>Change</source>
        <translation>较上期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="379" />
        <source>Submitted {submitted} of {roster}; average {average}; grades: {grades}. Double-click a cell to see the facility's items.</source>
        <translation>已提交 {submitted}/{roster}；平均得分率 {average}；等级分布：{grades}。双击单元格查看该机构的条目。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="384" />
        <source>Veto items failed: {items}</source>
        <translation>一票否决未达标：{items}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="391" />
        <source>Overdue {days} days</source>
        <translation>逾期 {days} 天</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="408" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="411" />
        <source>{count} facilities on the roster</source>
        <translation>名册共 {count} 家机构</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="430" />
        <source>Folder of signed reports</source>
        <translation>签名报告所在文件夹</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="436" />
        <source>Verifying reports…</source>
        <translation>正在核验报告…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="437" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="454" />
        <source>Import reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="446" />
        <source>{done} of {total}: {name}</source>
        <translation>{done}/{total}：{name}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="458" />
        <source>One backup was taken before the batch: {name}</source>
        <translation>导入前已备份一次：{name}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="459" />
        <source>Imported reports</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="476" />
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="486" />
        <source>Not signed: choose the officer's identity to sign the decision.</source>
        <translation>未签署：请选择审核人的数字身份来签署审核结论。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="491" />
        <source>Save the signed receipt</source>
        <translation>保存签名回执</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="491" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="545" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="561" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="513" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="519" />
        <source>Export the cycle</source>
        <translation>导出报送周期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="513" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="598" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="606" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="524" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="552" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="554" />
        <source>Package for the city</source>
        <translation>区县汇总包</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="525" />
        <source>This district's name, as the city registered it:</source>
        <translation>本区县的名称（与市级登记的一致）：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="544" />
        <source>Save the district package</source>
        <translation>保存区县汇总包</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="555" />
        <source>Signed package written: {path}</source>
        <translation>已生成签名的汇总包：{path}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="561" />
        <source>Export the dashboard</source>
        <translation>导出看板</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="583" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="592" />
        <source>Close on evidence</source>
        <translation>依据报告销号</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="584" />
        <source>Report id of the facility's later report showing it put right:</source>
        <translation>该机构之后的、显示已整改的报告编号：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="598" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="603" />
        <source>Roster template</source>
        <translation>名册模板</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="606" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="614" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="618" />
        <source>Import the roster</source>
        <translation>导入名册</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="615" />
        <source>Nothing was imported:</source>
        <translation>未导入任何机构：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="619" />
        <source>{added} added, {changed} updated.</source>
        <translation>新增 {added} 家，更新 {changed} 家。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="641" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="644" />
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="650" />
        <source>Register certificate</source>
        <translation>登记证书</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="641" />
        <source>Choose a facility first.</source>
        <translation>请先选择一家机构。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="645" />
        <source>Fingerprint from the registration slip (SHA-256), or a certificate file's path:</source>
        <translation>登记单上的证书指纹（SHA-256），或证书文件的路径：</translation>
    </message>
</context>
<context>
    <name>DeskReceipt</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_receipt.py" line="19" />
        <source>Receipt for report {report}: {message}</source>
        <translation>报告 {report} 的回执：{message}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_receipt.py" line="25" />
        <location filename="../../tuoyu_desktop/ui/desk_receipt.py" line="34" />
        <source>Import a district receipt</source>
        <translation>导入区县回执</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_receipt.py" line="27" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/widgets.py" line="243" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DimensionPanel</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/dimension_panel.py" line="25" />
        <source>Scores by dimension</source>
        <translation>各维度得分</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/dimension_panel.py" line="35" />
        <source>Go to {title}</source>
        <translation>转到“{title}”</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/dimension_panel.py" line="61" />
        <source>{earned} / {max} pts</source>
        <translation>{earned} / {max} 分</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/dimension_panel.py" line="67" />
        <source>{done} of {total} items done, {na} not applicable</source>
        <translation>已完成 {done}/{total} 项，不适用 {na} 项</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="278" />
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="278" />
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="278" />
        <source>Text</source>
        <translation>条目内容</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="278" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="281" />
        <source>veto failed</source>
        <translation>否决项未达标</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="281" />
        <source>gap</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="286" />
        <source>Evidence: {files}</source>
        <translation>佐证材料：{files}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="286" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="287" />
        <source>No evidence files for these items.</source>
        <translation>这些条目没有佐证材料。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="290" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/errors.py" line="26" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/errors.py" line="27" />
        <source>Something went wrong. Your answers saved so far are safe.</source>
        <translation>程序出现了问题。已保存的回答不会丢失。</translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="171" />
        <source>Photos and files</source>
        <translation>照片和文件</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="173" />
        <source>Add photo or file…</source>
        <translation>添加照片或文件…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="175" />
        <source>Attach photos or files as evidence; you can also drop files here</source>
        <translation>添加照片或文件作为佐证材料；也可以把文件拖到这里</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="194" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="196" />
        <source>Put the removed photo or file back</source>
        <translation>恢复刚移除的照片或文件</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="227" />
        <source>{title} ({count})</source>
        <translation>{title}（{count}）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="231" />
        <source>Photos and files ({count})</source>
        <translation>照片和文件（{count}）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="232" />
        <source>No photos or files yet</source>
        <translation>暂无照片或文件</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="272" />
        <source> ({caption})</source>
        <translation>（{caption}）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="274" />
        <source>Remove attachment</source>
        <translation>移除佐证材料</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="275" />
        <source>Remove “{name}” from here? You can undo it right after.</source>
        <translation>从这里移除“{name}”？移除后可以立即撤销。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="290" />
        <source>Removed “{name}”.</source>
        <translation>已移除“{name}”。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="329" />
        <source>Add photos or files</source>
        <translation>添加照片或文件</translation>
    </message>
</context>
<context>
    <name>EvidenceTile</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="68" />
        <source>Open “{name}”</source>
        <translation>打开“{name}”</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="83" />
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="138" />
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="85" />
        <source>Describe what the photo or file shows</source>
        <translation>说明照片或文件的内容</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="86" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="88" />
        <source>Remove this attachment (the file stays in the evidence store)</source>
        <translation>移除此附件（文件仍保留在佐证材料库中）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="103" />
        <source>The file is missing: {name}</source>
        <translation>文件已丢失：{name}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="104" />
        <source>File missing</source>
        <translation>文件已丢失</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="110" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="119" />
        <source>the preview is damaged</source>
        <translation>预览图已损坏</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="125" />
        <source>Cannot show “{name}”: {reason}</source>
        <translation>无法显示“{name}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="127" />
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/evidence_widget.py" line="138" />
        <source>What does this photo or file show?</source>
        <translation>这张照片或这个文件反映了什么？</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/export.py" line="106" />
        <location filename="../../tuoyu_desktop/ui/export.py" line="125" />
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/export.py" line="110" />
        <source>Export the report as PDF</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/export.py" line="112" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/export.py" line="124" />
        <source>Writing the PDF report…</source>
        <translation>正在生成 PDF 报告…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/export.py" line="158" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/export.py" line="159" />
        <source>The report could not be written.</source>
        <translation>报告未能生成。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/export.py" line="169" />
        <source>Report exported</source>
        <translation>报告已导出</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/export.py" line="170" />
        <source>The report was saved.</source>
        <translation>报告已保存。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/export.py" line="172" />
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/export.py" line="173" />
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/export.py" line="174" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FacilitiesPage</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="178" />
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="191" />
        <source>Visited facilities</source>
        <translation>巡查的机构</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="180" />
        <source>Rectification ledger</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="181" />
        <source>Every open and closed rectification item of the facilities visited</source>
        <translation>所巡查机构的全部整改项（含未完成和已完成）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="182" />
        <source>Add facility</source>
        <translation>添加机构</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="183" />
        <source>A facility to visit, by name and unified social credit code</source>
        <translation>按名称和统一社会信用代码添加要巡查的机构</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="188" />
        <source>Facility</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="188" />
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="188" />
        <source>Last visit</source>
        <translation>最近巡查</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="188" />
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="216" />
        <source>Open items</source>
        <translation>未完成整改项</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="193" />
        <source>No facilities yet. Click “Add facility” to add the first one you visit.</source>
        <translation>还没有机构。点击“添加机构”，添加您巡查的第一家机构。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="203" />
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="280" />
        <source>Inspections</source>
        <translation>巡查记录</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="206" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="207" />
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="208" />
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="332" />
        <source>New inspection</source>
        <translation>新建巡查</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="210" />
        <source>Start an inspection visit of the selected facility</source>
        <translation>对所选机构开始一次巡查</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="215" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="215" />
        <source>Inspectors</source>
        <translation>巡查人员</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="215" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="215" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="215" />
        <source>Not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="279" />
        <source>Inspections of {name}</source>
        <translation>{name} 的巡查记录</translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="66" />
        <source>Roster facility</source>
        <translation>名册机构</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="77" />
        <source>Affordable (普惠)</source>
        <translation>普惠</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="83" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="84" />
        <source>Unified social credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="85" />
        <source>Filing number:</source>
        <translation>备案号：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="86" />
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="87" />
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="89" />
        <source>Places:</source>
        <translation>托位数：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="90" />
        <source>Contact:</source>
        <translation>联系方式：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="95" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>FileResultsDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="155" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="155" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="155" />
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="163" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/finalise.py" line="82" />
        <source>Finalise “{period}”?</source>
        <translation>定稿“{period}”？</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/finalise.py" line="86" />
        <source>After finalising, the answers are read only (a revision can reopen them).</source>
        <translation>定稿后答案只读，不能再修改（如需更正，可开始新的修订）。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/finalise.py" line="88" />
        <source>Grade: {grade}  ·  Score: {score}</source>
        <translation>等级：{grade}  ·  得分：{score}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tuoyu_desktop/ui/finalise.py" line="94" />
        <source>%n decisive (veto) item(s) not met:</source>
        <translation>
            <numerusform>%n 个一票否决项未达到：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/finalise.py" line="102" />
        <source>No decisive (veto) item failed.</source>
        <translation>没有未达到的一票否决项。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/finalise.py" line="108" />
        <source>{unanswered} item(s) left unanswered (optional), {na} marked not applicable.</source>
        <translation>{unanswered} 项未作答（选填项），{na} 项标为不适用。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/finalise.py" line="113" />
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="182" />
        <source>Add another finding</source>
        <translation>添加其他发现的问题</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="183" />
        <source>A problem the checklist does not cover; it becomes a rectification item.</source>
        <translation>检查表未涵盖的问题；将生成一个整改项。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="189" />
        <source>What was found (required)</source>
        <translation>发现的问题（必填）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="196" />
        <source>What the facility should do</source>
        <translation>机构应如何整改</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="197" />
        <source>Deadline, e.g. 2026-12-31</source>
        <translation>整改期限，例如 2026-12-31</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="198" />
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="199" />
        <source>Area</source>
        <translation>方面</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="200" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="201" />
        <source>Rectification opinion</source>
        <translation>整改意见</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="197" />
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="202" />
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="209" />
        <source>Add finding</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="235" />
        <source>Open items from the last visit ({count})</source>
        <translation>上次巡查未完成的整改项（{count}）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="236" />
        <source>Check these first: is each one fixed?</source>
        <translation>请先逐项核查：是否已整改？</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="245" />
        <source>Fixed</source>
        <translation>已整改</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="246" />
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="346" />
        <source>Not fixed</source>
        <translation>未整改</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="262" />
        <source>Findings and rectification opinions ({count})</source>
        <translation>发现的问题和整改意见（{count}）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="263" />
        <source>Every non-compliant item and every other finding needs an opinion and a deadline before finalising.</source>
        <translation>定稿前，每个“不符合”项和其他发现的问题都需要填写整改意见和整改期限。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="266" />
        <source>No findings so far.</source>
        <translation>目前没有发现问题。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="277" />
        <source>Go to item</source>
        <translation>转到该项</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="282" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="290" />
        <source>Observed: {text}</source>
        <translation>观察记录：{text}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="346" />
        <source>What did you see? (required)</source>
        <translation>您看到了什么？（必填）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="352" />
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="384" />
        <source>Not removed</source>
        <translation>未移除</translation>
    </message>
</context>
<context>
    <name>FormCheck</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_check.py" line="55" />
        <source>Checking form files</source>
        <translation>正在检查评估表文件</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_check.py" line="56" />
        <source>Reading the form files…</source>
        <translation>正在读取评估表文件…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_check.py" line="57" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_check.py" line="71" />
        <source>Reading form file {index} of {count}: {name}</source>
        <translation>正在读取第 {index} 个评估表文件（共 {count} 个）：{name}</translation>
    </message>
</context>
<context>
    <name>FormLibrary</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="38" />
        <source>Self-assessment</source>
        <translation>自评</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="38" />
        <source>Inspection</source>
        <translation>督导</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="38" />
        <source>Parent survey</source>
        <translation>家长满意度调查</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="43" />
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="44" />
        <source>Computed</source>
        <translation>自动计算</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="45" />
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="46" />
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="47" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="48" />
        <source>Several options</source>
        <translation>多选</translation>
    </message>
</context>
<context>
    <name>FormLibraryDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="78" />
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="81" />
        <source>Form library</source>
        <translation>评估表库</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="85" />
        <source>The assessment forms this program can use. Import a form workbook (.xlsx) or YAML file; a form with problems is not installed.</source>
        <translation>本程序可以使用的评估表。可导入评估表工作簿（.xlsx）或 YAML 文件；有问题的评估表不会被安装。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="94" />
        <source>Form</source>
        <translation>评估表</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="94" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="94" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="94" />
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="94" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="101" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="101" />
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="101" />
        <source>Type</source>
        <translation>条目类型</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="101" />
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="209" />
        <source>Veto</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="118" />
        <source>Select a form to preview it.</source>
        <translation>选择一个评估表以预览其内容。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="127" />
        <source>Import form…</source>
        <translation>导入评估表…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="129" />
        <source>Save template workbook…</source>
        <translation>保存模板工作簿…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="130" />
        <source>An example form as an Excel workbook, to fill in and import</source>
        <translation>示例评估表的 Excel 工作簿，填写后即可导入</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="136" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="150" />
        <source>Usable</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="150" />
        <source>Unusable</source>
        <translation>无法使用</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="185" />
        <source>{file} cannot be used (%n problem(s)):</source>
        <translation>
            <numerusform>{file} 无法使用（%n 个问题）：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="214" />
        <source>Shown only when: {rule}</source>
        <translation>仅在以下条件成立时显示：{rule}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="226" />
        <source>Import a form</source>
        <translation>导入评估表</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="227" />
        <source>Forms (*.xlsx *.yaml *.yml)</source>
        <translation>评估表 (*.xlsx *.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="235" />
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="243" />
        <source>Form not imported</source>
        <translation>评估表未导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="236" />
        <source>{file} was not installed: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>{file} 未安装：需要先修正 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="249" />
        <source>Form imported</source>
        <translation>评估表已导入</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="250" />
        <source>“{title}” (version {version}) can now be chosen for a new self-assessment.</source>
        <translation>新建自评时现在可以选择“{title}”（版本 {version}）。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="257" />
        <source>Save the template workbook</source>
        <translation>保存模板工作簿</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="258" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="268" />
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="270" />
        <source>Template saved</source>
        <translation>模板已保存</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="271" />
        <source>Saved {path}. Fill it in, then import it here.</source>
        <translation>已保存 {path}。填写完成后在这里导入。</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/formatting.py" line="21" />
        <source>{earned} / {max} ({percent})</source>
        <translation>{earned} / {max}（{percent}）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/formatting.py" line="31" />
        <source>No grade yet</source>
        <translation>未评定</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/formatting.py" line="38" />
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/formatting.py" line="48" />
        <source>Met (computed)</source>
        <translation>达到（自动计算）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/formatting.py" line="50" />
        <source>Not met (computed)</source>
        <translation>未达到（自动计算）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/formatting.py" line="51" />
        <source>Unknown (computed)</source>
        <translation>无法判定（自动计算）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/formatting.py" line="53" />
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/formatting.py" line="59" />
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/formatting.py" line="60" />
        <location filename="../../tuoyu_desktop/ui/formatting.py" line="61" />
        <source>Finalised</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/formatting.py" line="62" />
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
</context>
<context>
    <name>GradeChart</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_page.py" line="87" />
        <source>No reports yet</source>
        <translation>尚无报告</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/history_dialog.py" line="30" />
        <location filename="../../tuoyu_desktop/ui/history_dialog.py" line="39" />
        <source>(no answer)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/history_dialog.py" line="35" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/history_dialog.py" line="45" />
        <source>(note: {comment})</source>
        <translation>（备注：{comment}）</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/history_dialog.py" line="52" />
        <source>History of item {id}</source>
        <translation>条目 {id} 的修改历史</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/history_dialog.py" line="56" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/history_dialog.py" line="56" />
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/history_dialog.py" line="56" />
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/history_dialog.py" line="56" />
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/history_dialog.py" line="66" />
        <source>No change has been recorded for this item yet.</source>
        <translation>这个条目还没有修改记录。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/history_dialog.py" line="68" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="144" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="146" />
        <source>Show which form files could not be used, and why</source>
        <translation>查看哪些评估表文件无法使用及原因</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="158" />
        <source>Facility</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="166" />
        <source>Edit facility profile</source>
        <translation>编辑机构信息</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="167" />
        <source>Change the facility's name, code, places, staff and classes</source>
        <translation>修改机构名称、信用代码、托位、人员和班级</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="177" />
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="213" />
        <source>Self-assessments</source>
        <translation>自评记录</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="179" />
        <source>New self-assessment</source>
        <translation>新建自评</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="181" />
        <source>Start a new self-assessment (Ctrl+N)</source>
        <translation>开始一次新的自评（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="182" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="183" />
        <source>Open the selected self-assessment (Enter or double-click)</source>
        <translation>打开选中的自评（回车或双击）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="184" />
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="185" />
        <source>Write the selected self-assessment's report as a PDF file</source>
        <translation>将选中自评的报告导出为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="186" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="188" />
        <source>Delete the selected self-assessment and its answers</source>
        <translation>删除选中的自评及其全部回答</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="196" />
        <source>Period</source>
        <translation>评估周期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="197" />
        <source>Form</source>
        <translation>评估表</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="198" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="199" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="200" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="201" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="202" />
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="221" />
        <source>No self-assessments yet. Click “New self-assessment” to start the first one.</source>
        <translation>还没有自评记录。点击“新建自评”开始第一次自评。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="260" />
        <source>{status}  {district}</source>
        <translation>{status}　{district}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="261" />
        <source>District: {decision}</source>
        <translation>区县：{decision}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="264" />
        <source>{title} ({version})</source>
        <translation>{title}（{version}）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="273" />
        <source>{item}: {comment}</source>
        <translation>{item}：{comment}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="273" />
        <source>Overall</source>
        <translation>整体</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="294" />
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="294" />
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="295" />
        <source>Not accepted</source>
        <translation>不予认可</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="319" />
        <source>A decisive (veto) item is not met</source>
        <translation>有一票否决项未达到</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="330" />
        <source>No facility profile yet</source>
        <translation>尚未填写机构信息</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="337" />
        <source>Credit code {code}</source>
        <translation>统一社会信用代码 {code}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="338" />
        <source> (subsidised)</source>
        <translation>（普惠）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="340" />
        <source>{total} places</source>
        <translation>托位 {total} 个</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="342" />
        <source> ({puhui} subsidised)</source>
        <translation>（普惠 {puhui} 个）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="346" />
        <source>{classes} classes, {children} children</source>
        <translation>{classes} 个班级，在托 {children} 人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="385" />
        <source>%n form file(s) cannot be used and are not offered.</source>
        <translation>
            <numerusform>%n 个评估表无法使用，已不在可选列表中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="403" />
        <source>Unusable form files</source>
        <translation>无法使用的评估表</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="404" />
        <source>These form files could not be read. Ask whoever supplied them for a corrected file:</source>
        <translation>以下评估表文件无法读取，请向提供方索取修正后的文件：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="436" />
        <source>No form available</source>
        <translation>没有可用的评估表</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="437" />
        <source>No usable self-assessment form was found. Install a form file and restart.</source>
        <translation>没有找到可用的自评表。请安装评估表文件后重新启动程序。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="471" />
        <source>Form for another kind of provider</source>
        <translation>评估表与机构类型不符</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="472" />
        <source>Start the self-assessment with this form anyway?</source>
        <translation>仍用这份评估表开始自评吗？</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="492" />
        <source>Delete self-assessment</source>
        <translation>删除自评</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="493" />
        <source>Delete the self-assessment “{period}” and all its answers? This cannot be undone.</source>
        <translation>确定删除自评“{period}”及其全部回答吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="504" />
        <source>Could not delete</source>
        <translation>无法删除</translation>
    </message>
</context>
<context>
    <name>Identities</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="42" />
        <location filename="../../tuoyu_desktop/ui/identities.py" line="50" />
        <source>Passphrase of {name}:</source>
        <translation>{name} 的口令：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="44" />
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="53" />
        <source>Digital identity</source>
        <translation>数字身份</translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="66" />
        <location filename="../../tuoyu_desktop/ui/identities.py" line="69" />
        <source>Digital identities</source>
        <translation>数字身份</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="73" />
        <source>Each person who signs reports needs a digital identity. Hand the registration details (fingerprint) to the district so they can trust your signatures.</source>
        <translation>每位签名人都需要一个数字身份。把登记信息（证书指纹）交给区里，区里才能信任您的签名。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="85" />
        <source>New identity…</source>
        <translation>新建数字身份…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="87" />
        <source>Import PKCS#12…</source>
        <translation>导入 PKCS#12…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="88" />
        <source>Show registration details…</source>
        <translation>查看登记信息…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="89" />
        <source>Export certificate…</source>
        <translation>导出证书…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="90" />
        <source>Registration slip (PDF)…</source>
        <translation>登记单（PDF）…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="91" />
        <source>One page to print, sign and hand to the district</source>
        <translation>一页登记单：打印、签名后交区里</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="92" />
        <source>Forgot the passphrase?</source>
        <translation>忘记口令？</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="100" />
        <source>Registration details</source>
        <translation>证书登记信息</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="105" />
        <source>Create or choose an identity and click “Show registration details”.</source>
        <translation>新建或选择一个数字身份，然后点击“查看登记信息”。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="109" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="110" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="111" />
        <source>Save as text…</source>
        <translation>另存为文本…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="119" />
        <location filename="../../tuoyu_desktop/ui/identities.py" line="265" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="176" />
        <source>Import a PKCS#12 identity</source>
        <translation>导入 PKCS#12 数字身份</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="177" />
        <source>Digital identities ({patterns})</source>
        <translation>数字身份 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="182" />
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="182" />
        <source>Passphrase of {name}:</source>
        <translation>{name} 的口令：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="191" />
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="225" />
        <source>Save the registration slip</source>
        <translation>保存证书登记单</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="226" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="235" />
        <source>Registration slip saved</source>
        <translation>登记单已保存</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="236" />
        <source>Saved {path}. Print it, sign it and hand it to the district.</source>
        <translation>已保存 {path}。请打印、签名后交区里登记。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="241" />
        <source>Export the certificate</source>
        <translation>导出证书</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="242" />
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>证书 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="249" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="253" />
        <source>Certificate exported</source>
        <translation>证书已导出</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="254" />
        <source>The certificate (no private key) was saved to {path}. Give this file to whoever verifies your reports.</source>
        <translation>证书（不含私钥）已保存到 {path}。把这个文件交给核验您报告的人。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="262" />
        <source>Forgotten passphrase</source>
        <translation>忘记口令</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="264" />
        <source>Create a new identity…</source>
        <translation>新建数字身份…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="285" />
        <source>Save the registration details</source>
        <translation>保存证书登记信息</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="286" />
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/identities.py" line="233" />
        <location filename="../../tuoyu_desktop/ui/identities.py" line="293" />
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>IndicatorPage</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/indicator_page.py" line="147" />
        <source>{done} of {total} items done</source>
        <translation>已完成 {done}/{total} 项</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/indicator_page.py" line="149" />
        <source>None of these items apply to this facility (by the form's rules).</source>
        <translation>按评估表的适用条件，本指标的条目均不适用于本机构。</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="403" />
        <source>Back to the visited facilities</source>
        <translation>返回巡查的机构</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="404" />
        <source>Result, findings and report of this inspection</source>
        <translation>本次巡查的结果、发现的问题和报告</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="412" />
        <source>Edit visit details…</source>
        <translation>编辑巡查信息…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="421" />
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="453" />
        <source>Visited {when}</source>
        <translation>巡查时间：{when}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="454" />
        <source>Inspectors: {names}</source>
        <translation>巡查人员：{names}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="455" />
        <source>Facility representative: {name}</source>
        <translation>机构陪同人员：{name}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="480" />
        <source>Observation: what you saw, where and when…</source>
        <translation>观察记录：看到了什么、在哪里、什么时候…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="481" />
        <source>Observation</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="498" />
        <source>Findings and opinions ({count})</source>
        <translation>发现的问题和整改意见（{count}）</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="77" />
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="83" />
        <source>{points} pts</source>
        <translation>{points} 分</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="84" />
        <source>Points this item is worth</source>
        <translation>本条目的分值</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="86" />
        <source>Not scored</source>
        <translation>不计分</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="87" />
        <source>A recorded fact: it earns no points itself but other items may use it</source>
        <translation>记录项：本身不计分，其他条目可能引用它</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="90" />
        <source>Optional</source>
        <translation>选答</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="91" />
        <source>The assessment can be complete without this answer</source>
        <translation>不填写本条目也可以完成自评</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="93" />
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="95" />
        <source>Who changed this answer, when, and what it was before</source>
        <translation>谁在什么时候修改了这个回答，以及修改前的内容</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="114" />
        <source>Source: {source}</source>
        <translation>出处：{source}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="122" />
        <source>How to check:</source>
        <translation>评估方法：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="129" />
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="225" />
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="320" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="130" />
        <source>The item does not apply to this facility; a reason is required</source>
        <translation>本条目不适用于本机构；须填写理由</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="141" />
        <source>Edit facility profile</source>
        <translation>编辑机构信息</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="143" />
        <source>This item is worked out from the facility profile</source>
        <translation>本条目根据机构信息自动计算</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="154" />
        <source>A decisive item cannot be marked not applicable: answer it as it is</source>
        <translation>一票否决项不能标为不适用：请如实作答</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="155" />
        <source>This item cannot be marked not applicable</source>
        <translation>此项不能标为不适用</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="175" />
        <source>Why does this item not apply? (required)</source>
        <translation>为什么不适用？（必填）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="176" />
        <source>Reason for not applicable</source>
        <translation>不适用理由</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="177" />
        <source>Give a reason: until then the item counts as not done.</source>
        <translation>请填写理由；填写前本条目视为未完成。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="187" />
        <source>Carried over from the previous period: still true?</source>
        <translation>沿用上期的答案：是否仍然属实？</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="188" />
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="189" />
        <source>The answer of the previous period is still true for this one</source>
        <translation>上期的答案对本期仍然属实</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="198" />
        <source>Notes (optional): evidence seen, what to improve…</source>
        <translation>备注（选填）：查看到的佐证材料、需整改之处…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="199" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="225" />
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="317" />
        <source>Veto item not met</source>
        <translation>一票否决项未达到</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="225" />
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="320" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="226" />
        <source>Figures missing</source>
        <translation>缺少数据</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="233" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="235" />
        <source>Take the answer away (the notes stay); you can undo it</source>
        <translation>清除所选答案（备注保留），可以撤销</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="237" />
        <source>Undo clear</source>
        <translation>撤销清除</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="239" />
        <source>Put the answer back as it was</source>
        <translation>恢复清除前的答案</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="324" />
        <source>Answer needed</source>
        <translation>需要作答</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="225" />
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="326" />
        <source>Reason missing</source>
        <translation>缺少理由</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="226" />
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="328" />
        <source>Check the answer</source>
        <translation>请检查答案</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="330" />
        <source>Cannot be worked out</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="226" />
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="332" />
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="79" />
        <source>Decisive (veto) item: anything but full marks caps the grade, whatever the score</source>
        <translation>一票否决项：未得满分时，无论总分多少，等级都会被限定</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="118" />
        <source>The clause or document this item comes from; a cut-off the form chose itself is marked as such</source>
        <translation>条目依据的文件和条款；“本表自定”表示本表自行确定的分界</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="339" />
        <source>Met (worked out from the facility profile)</source>
        <translation>达到（根据机构信息自动计算）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="341" />
        <source>Not met (worked out from the facility profile)</source>
        <translation>未达到（根据机构信息自动计算）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="344" />
        <source>Cannot be worked out: fill in {fields} in the facility profile</source>
        <translation>无法计算：请在机构信息中填写{fields}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/item_widget.py" line="347" />
        <source>Cannot tell yet: complete the facility profile or the items it needs</source>
        <translation>暂无法判定：请补充机构信息或相关条目</translation>
    </message>
</context>
<context>
    <name>LaterSignerDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="276" />
        <source>Signs later</source>
        <translation>稍后签名</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="278" />
        <source>The report reserves a signature box for this person; they sign the exported file later with their own identity.</source>
        <translation>报告为此人预留签名框；此人稍后用自己的数字身份在导出的文件上签名。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="285" />
        <source>as on their identity; may stay empty</source>
        <translation>与其数字身份上的姓名一致；可留空</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="286" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="287" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="289" />
        <source>Reserve</source>
        <translation>预留</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="65" />
        <source>‹ Home</source>
        <translation>‹ 首页</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="67" />
        <source>Rectification ledger</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="69" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="71" />
        <source>Write the ledger, as filtered, to a PDF or XLSX file</source>
        <translation>将筛选后的台账导出为 PDF 或 XLSX 文件</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="76" />
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="101" />
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="320" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="78" />
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="86" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="79" />
        <source>Open ({statuses})</source>
        <translation>未完成（{statuses}）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="80" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="84" />
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="100" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="90" />
        <source>Overdue only</source>
        <translation>仅显示已逾期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="100" />
        <source>Area / item</source>
        <translation>方面 / 条目</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="100" />
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="140" />
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="318" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="100" />
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="141" />
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="318" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="100" />
        <source>Facility</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="101" />
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="142" />
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="319" />
        <source>Opinion</source>
        <translation>整改意见</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="101" />
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="143" />
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="319" />
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="101" />
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="144" />
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="319" />
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="126" />
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="281" />
        <source>Select an item to see and change it</source>
        <translation>选择一个整改项以查看和修改</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="146" />
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="153" />
        <source>Change to</source>
        <translation>改为</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="156" />
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="165" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="215" />
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="229" />
        <source>{count} items, {overdue} overdue</source>
        <translation>共 {count} 项，{overdue} 项已逾期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="295" />
        <source> ({caption})</source>
        <translation>（{caption}）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="297" />
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="307" />
        <source>Completion evidence</source>
        <translation>整改完成佐证</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="318" />
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="320" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="320" />
        <source>Area</source>
        <translation>方面</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="353" />
        <source>Why can this not be rectified? (required)</source>
        <translation>为什么无法整改？（必填）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="354" />
        <source>How was it fixed? (required when no completion evidence is attached)</source>
        <translation>是如何整改的？（未附整改完成佐证时必填）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="355" />
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="356" />
        <source>Change status to {status}</source>
        <translation>将状态改为{status}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="364" />
        <source>Status not changed</source>
        <translation>状态未更改</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="372" />
        <source>Export the rectification ledger</source>
        <translation>导出整改台账</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="373" />
        <source>Excel workbook (*.xlsx);;PDF file (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="384" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/ledger_page.py" line="386" />
        <source>Ledger exported</source>
        <translation>台账已导出</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="140" />
        <source>Data folder: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="141" />
        <source>Where answers and settings are stored</source>
        <translation>回答和设置保存的位置</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="143" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="144" />
        <source>&amp;Home</source>
        <translation>首页(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="146" />
        <source>&amp;New self-assessment…</source>
        <translation>新建自评(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="149" />
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="151" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="155" />
        <source>&amp;Backups and recovery…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="160" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="161" />
        <source>Digital &amp;identities…</source>
        <translation>数字身份(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="162" />
        <source>&amp;Verify a report…</source>
        <translation>核验报告(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="164" />
        <source>&amp;Add a signature to a report…</source>
        <translation>为报告追加签名(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="166" />
        <source>&amp;Trusted certificates…</source>
        <translation>信任列表(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="167" />
        <source>&amp;Received reports…</source>
        <translation>收到的报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="168" />
        <source>&amp;Form library…</source>
        <translation>评估表库(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="169" />
        <source>Import a district &amp;receipt…</source>
        <translation>导入区县回执(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="176" />
        <source>Rectification &amp;ledger…</source>
        <translation>整改台账(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="178" />
        <source>Parent satisfaction &amp;survey (kiosk)…</source>
        <translation>家长满意度调查（现场填写）(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="182" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="183" />
        <source>&amp;Facility profile…</source>
        <translation>机构信息(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="185" />
        <source>&amp;Mode</source>
        <translation>使用方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="188" />
        <source>Facility self-assessment</source>
        <translation>机构自评</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="188" />
        <source>Inspection visits</source>
        <translation>督导巡查</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="189" />
        <source>District desk</source>
        <translation>区县工作台</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="196" />
        <source>&amp;Language</source>
        <translation>语言 Language(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="207" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="208" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="211" />
        <source>Childcare Quality Self-Assessment</source>
        <translation>托育机构质量自评</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="251" />
        <source>Mode</source>
        <translation>使用方式</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="350" />
        <source>Facility profile saved</source>
        <translation>机构信息已保存</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="431" />
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="450" />
        <source>Opened “{period}”: every change is saved automatically</source>
        <translation>已打开“{period}”：每项修改都会自动保存</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="519" />
        <source>Report written to {path}</source>
        <translation>报告已保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="521" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="545" />
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="551" />
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="572" />
        <source>Cannot finalise</source>
        <translation>无法定稿</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="546" />
        <source>Some answers are not saved yet. Save them first (Try again).</source>
        <translation>有回答尚未保存。请先保存（点击“重试”）。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="558" />
        <source>Photos and files</source>
        <translation>照片和文件</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="559" />
        <source>Some photos or files need attention:</source>
        <translation>以下照片或文件需要处理：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="560" />
        <source>Finalise anyway?</source>
        <translation>仍要定稿吗？</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="575" />
        <source>Finalised: the answers are now read only</source>
        <translation>已定稿：回答现在只读</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="600" />
        <source>Rectification items</source>
        <translation>整改项</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="603" />
        <source>{count} rectification item(s) from this self-assessment</source>
        <translation>已从本次自评生成 {count} 个整改项</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="620" />
        <source>Cannot start a revision</source>
        <translation>无法开始修订</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="623" />
        <source>Revision {revision} started: answers can be changed</source>
        <translation>已开始第 {revision} 版修订：可以修改回答</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="635" />
        <source>Export signed</source>
        <translation>签名导出</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="636" />
        <source>Finalise the self-assessment first: only finalised answers are signed.</source>
        <translation>请先定稿：只有定稿后的内容才能签名。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="657" />
        <source>Choose the report to sign</source>
        <translation>选择要签名的报告</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="658" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="662" />
        <source>Add a signature</source>
        <translation>追加签名</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="673" />
        <source>Signing {path}…</source>
        <translation>正在签名 {path}…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="685" />
        <source>{name} signed {path}</source>
        <translation>{name} 已签名 {path}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="687" />
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="688" />
        <source>Signing failed</source>
        <translation>签名失败</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="700" />
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="754" />
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="761" />
        <source>Parent satisfaction survey</source>
        <translation>家长满意度调查</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="755" />
        <source>No survey yet. Period of the new survey (e.g. 2026 second half):</source>
        <translation>还没有满意度调查。请填写新调查的周期（如 2026年下半年）：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="793" />
        <source>Backup restored; the previous data file was kept as {path}</source>
        <translation>备份已恢复；原来的数据文件另存为 {path}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="806" />
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="808" />
        <source>Start backup failed: {message}</source>
        <translation>启动时备份失败：{message}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="843" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="845" />
        <source>&lt;b&gt;Childcare Quality Self-Assessment&lt;/b&gt; {version}&lt;br&gt;Offline self-assessment for childcare facilities for children under 3, following the quality dimensions of WS/T 821—2023.&lt;br&gt;&lt;br&gt;Data folder: {path}</source>
        <translation>&lt;b&gt;托育机构质量自评&lt;/b&gt; {version}&lt;br&gt;面向 3 岁以下婴幼儿托育机构的离线质量自评工具，依据 WS/T 821—2023 的质量评估维度。&lt;br&gt;&lt;br&gt;数据文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="861" />
        <source>Unsaved answers</source>
        <translation>有未保存的回答</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tuoyu_desktop/ui/app_window.py" line="862" />
        <source>%n answer(s) could not be saved. Quit anyway and lose them?</source>
        <translation>
            <numerusform>有 %n 条回答未能保存。仍要退出并放弃这些回答吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeBanner</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="73" />
        <source>This computer is used for:</source>
        <translation>本机用于：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="74" />
        <source>Facility self-assessment</source>
        <translation>机构自评</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="76" />
        <source>Fill in the facility profile below, then assess the facility</source>
        <translation>请先填写下方的机构信息，然后进行机构自评</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="77" />
        <source>Inspection visits</source>
        <translation>督导巡查</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="78" />
        <source>Visit other facilities as an inspector: no profile of your own needed</source>
        <translation>以巡查人员身份巡查其他机构：无需填写本机构信息</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="81" />
        <source>District desk</source>
        <translation>区县工作台</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="82" />
        <source>Receive, review and compare every facility's signed reports</source>
        <translation>接收、审核、比较各机构的签名报告</translation>
    </message>
</context>
<context>
    <name>ModeDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="40" />
        <source>How this computer is used</source>
        <translation>本机的使用方式</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="42" />
        <source>This computer is used for:</source>
        <translation>本机用于：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="43" />
        <source>Facility self-assessment (our own childcare facility)</source>
        <translation>机构自评（本托育机构使用）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="44" />
        <source>Inspection visits (a parent or expert inspector visiting facilities)</source>
        <translation>督导巡查（家长或专家巡查人员巡查机构）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="45" />
        <source>District desk (a district officer receiving facilities' reports)</source>
        <translation>区县工作台（区县工作人员接收各机构的报告）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="51" />
        <source>You can change this later under Settings → Mode.</source>
        <translation>以后可以在“设置 → 使用方式”中更改。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/facilities_page.py" line="54" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/navigator.py" line="35" />
        <source>Dimensions and indicators</source>
        <translation>维度与指标</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/navigator.py" line="84" />
        <source>Does not apply to this facility</source>
        <translation>不适用于本机构</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/navigator.py" line="88" />
        <source>Holds a decisive (veto) item that is not met</source>
        <translation>含有未达到的一票否决项</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/navigator.py" line="91" />
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/navigator.py" line="94" />
        <source>{done} of {total} items done</source>
        <translation>已完成 {done}/{total} 项</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/navigator.py" line="97" />
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="42" />
        <source>New self-assessment</source>
        <translation>新建自评</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="46" />
        <source>Which form, and which period does it cover?</source>
        <translation>选择评估表，并填写本次自评的评估周期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="51" />
        <source>{title} ({version})</source>
        <translation>{title}（{version}）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="55" />
        <source>Form</source>
        <translation>评估表</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="56" />
        <source>Period</source>
        <translation>评估周期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="62" />
        <source>Start from the answers of {period} (each to be confirmed)</source>
        <translation>沿用“{period}”的答案（逐项确认）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="72" />
        <source>Start</source>
        <translation>开始自评</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="88" />
        <source>{standard} · {dimensions} dimensions · {items} items · {points} points</source>
        <translation>{standard} · {dimensions} 个维度 · {items} 个条目 · 总分 {points}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/home_page.py" line="98" />
        <source>Please name the period, e.g. 2026 H2</source>
        <translation>请填写评估周期，例如 2026年下半年</translation>
    </message>
</context>
<context>
    <name>NewIdentityDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="66" />
        <source>New digital identity</source>
        <translation>新建数字身份</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="72" />
        <source>A digital identity lets one person sign reports. Only that person should know its passphrase; it is never saved by this program.</source>
        <translation>数字身份用于一个人签署报告。口令只应由本人知道；本程序从不保存口令。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="81" />
        <source>Full name, e.g. Zhang Li</source>
        <translation>姓名，例如 张丽</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="88" />
        <source>At least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="92" />
        <source>Default: the identities folder in the data folder</source>
        <translation>默认：数据文件夹中的 identities 文件夹</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="93" />
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="94" />
        <source>Role:</source>
        <translation>身份：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="95" />
        <source>Organisation:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="96" />
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="97" />
        <source>Passphrase again:</source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="98" />
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="104" />
        <source>Create identity</source>
        <translation>创建数字身份</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="124" />
        <source>Enter the name of the person who will sign.</source>
        <translation>请填写签名人的姓名。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="126" />
        <source>The passphrase needs at least {n} characters.</source>
        <translation>口令至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="130" />
        <source>The two passphrases differ. Type it again.</source>
        <translation>两次输入的口令不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>NotReadyDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/finalise.py" line="44" />
        <source>Not ready to finalise</source>
        <translation>尚不能定稿</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tuoyu_desktop/ui/finalise.py" line="47" />
        <source>%n place(s) must be completed before finalising:</source>
        <translation>
            <numerusform>定稿前还有 %n 处需要完成：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/finalise.py" line="49" />
        <source>Click a line to go to the place to fill in.</source>
        <translation>点击一行，转到需要填写的位置。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/finalise.py" line="57" />
        <source>Go to item {id}</source>
        <translation>转到条目 {id}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/finalise.py" line="57" />
        <source>Go there</source>
        <translation>转到此处</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/finalise.py" line="63" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/answer_inputs.py" line="177" />
        <source>Number</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>PhotoTile</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_photos.py" line="32" />
        <source>The image data cannot be read</source>
        <translation>图片数据无法识别</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_photos.py" line="37" />
        <source>Click to enlarge</source>
        <translation>点击放大</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_photos.py" line="39" />
        <source>Photo cannot be shown:
{problem}</source>
        <translation>照片无法显示：
{problem}</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/form_library.py" line="66" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="300" />
        <source>Welcome! First, describe your facility</source>
        <translation>欢迎使用！请先填写机构信息</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="300" />
        <source>Facility profile</source>
        <translation>机构信息</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="305" />
        <source>These details appear on the cover of every self-assessment report. Only the facility name is required now; you can complete the rest later.</source>
        <translation>这些信息会出现在每份自评报告的封面上。现在只需填写机构名称，其余信息可以稍后补充。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="318" />
        <source>18 characters, e.g. 52110105MJ0123456X</source>
        <translation>18 位，例如 52110105MJ0123456X</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="327" />
        <source>Meals prepared in our own kitchen</source>
        <translation>自行加工膳食（自设厨房）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="328" />
        <source>Kitchen and food-safety items of the form apply only when checked</source>
        <translation>勾选后，评估表中厨房与食品安全相关条目才适用</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="330" />
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="332" />
        <source>Facility name *</source>
        <translation>机构名称 *</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="333" />
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="334" />
        <source>Filing number</source>
        <translation>备案号</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="335" />
        <source>District</source>
        <translation>所在区</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="336" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="337" />
        <source>Facility type</source>
        <translation>机构类型</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="361" />
        <source>Places and staff</source>
        <translation>托位与人员</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="363" />
        <source>Total places</source>
        <translation>总托位</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="372" />
        <source>of whom qualified (high school or above, trained)</source>
        <translation>其中学历与培训合格（高中及以上、经妇幼保健机构培训）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="375" />
        <source>Health observation room</source>
        <translation>保健观察室面积</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="315" />
        <source>e.g. Sunshine Baby Childcare Centre</source>
        <translation>例如：阳光宝贝托育中心</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="321" />
        <source>e.g. Chaoyang District, Beijing</source>
        <translation>例如：北京市朝阳区</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="326" />
        <source>Publicly subsidised facility</source>
        <translation>普惠性托育机构</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="364" />
        <source>Subsidised places</source>
        <translation>普惠托位</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="365" />
        <source>Director</source>
        <translation>机构负责人</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="366" />
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="367" />
        <source>Staff in total</source>
        <translation>工作人员总数</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="368" />
        <source>Caregivers</source>
        <translation>保育人员数</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="369" />
        <source>Certified caregivers</source>
        <translation>持证保育人员数</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="370" />
        <source>Health-care staff</source>
        <translation>卫生保健人员数</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="371" />
        <source>of whom full-time</source>
        <translation>其中专职</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="374" />
        <source>Cooks</source>
        <translation>炊事人员数</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="377" />
        <source>Beds in the observation room</source>
        <translation>观察床位数</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="385" />
        <source>Classes</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="402" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="404" />
        <source>Save facility profile</source>
        <translation>保存机构信息</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="404" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="406" />
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="521" />
        <source>Check character verified</source>
        <translation>校验位正确</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="526" />
        <source>{count} of 18 characters</source>
        <translation>已输入 {count}/18 位</translation>
    </message>
</context>
<context>
    <name>ReceivedReportsDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/received_dialog.py" line="26" />
        <location filename="../../tuoyu_desktop/ui/received_dialog.py" line="29" />
        <source>Received reports</source>
        <translation>收到的报告</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/received_dialog.py" line="30" />
        <source>Verified reports imported with Tools → Verify a report. Reports whose signer is not yet trusted, or that conflict with another copy, are kept apart and shown in colour.</source>
        <translation>通过“工具 → 核验报告”导入的已核验报告。签名人尚未受信任或与另一副本冲突的报告单独存放，并以颜色标出。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/received_dialog.py" line="34" />
        <source>Facility</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/received_dialog.py" line="34" />
        <source>Period</source>
        <translation>评估周期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/received_dialog.py" line="34" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/received_dialog.py" line="34" />
        <source>Percent</source>
        <translation>得分率</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/received_dialog.py" line="34" />
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/received_dialog.py" line="35" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/received_dialog.py" line="39" />
        <source>No report has been imported yet.</source>
        <translation>还没有导入任何报告。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/received_dialog.py" line="42" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RectificationFields</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="118" />
        <source>Rectification opinion (required)</source>
        <translation>整改意见（必填）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="119" />
        <source>Rectification opinion</source>
        <translation>整改意见</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="120" />
        <source>Deadline, e.g. 2026-12-31</source>
        <translation>整改期限，例如 2026-12-31</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="120" />
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="126" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="178" />
        <source>Review a report</source>
        <translation>审核报告</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="181" />
        <source>{facility} ({code}) {period}</source>
        <translation>{facility}（{code}） {period}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="183" />
        <source>Report {report}: {earned} points, {percent}%, grade {grade}; {veto} veto items failed</source>
        <translation>报告 {report}：得分 {earned}，得分率 {percent}%，等级 {grade}；一票否决未达标 {veto} 项</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="187" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="188" />
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="190" />
        <source> trusted</source>
        <translation> 可信</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="190" />
        <source> not verified</source>
        <translation> 未核实</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="192" />
        <source>Signed by: {signers}</source>
        <translation>签名人：{signers}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="194" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="195" />
        <source>Evidence files: {names}</source>
        <translation>佐证材料：{names}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="197" />
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="197" />
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="197" />
        <source>Text</source>
        <translation>条目内容</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="197" />
        <source>Comment to the facility</source>
        <translation>给机构的意见</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="203" />
        <source>veto failed</source>
        <translation>否决项未达标</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="203" />
        <source>gap</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="215" />
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="216" />
        <source>Return with comments</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="217" />
        <source>Not accepted</source>
        <translation>不予认可</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="226" />
        <source>A comment on the report as a whole (optional)</source>
        <translation>对报告整体的意见（可不填）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="229" />
        <source>Reason (needed when not accepted)</source>
        <translation>理由（不予认可时必填）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/desk_dialogs.py" line="235" />
        <source>Sign the decision…</source>
        <translation>签署审核结论…</translation>
    </message>
</context>
<context>
    <name>ReviseDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/finalise.py" line="128" />
        <source>Start a revision</source>
        <translation>开始修订</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/finalise.py" line="134" />
        <source>“{period}” is finalised (revision {revision}). A revision makes it editable again as revision {next}; the reason is recorded in the history. Reports already signed stay valid for the old revision.</source>
        <translation>“{period}”已定稿（第 {revision} 版）。修订后可以再次修改，成为第 {next} 版；修订原因会记入历史。已签名的报告对旧版本仍然有效。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/finalise.py" line="141" />
        <source>Reason for the revision (required):</source>
        <translation>修订原因（必填）：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/finalise.py" line="143" />
        <source>e.g. corrected the number of caregivers after the inspection</source>
        <translation>例如：督导后更正保育人员数量</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/finalise.py" line="146" />
        <source>Start revision</source>
        <translation>开始修订</translation>
    </message>
</context>
<context>
    <name>SaveErrorBar</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="106" />
        <source>Save back to its place</source>
        <translation>保存回原处</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="108" />
        <source>The data file was deleted or replaced: write all data back to where it was, then save</source>
        <translation>数据文件已被删除或替换：把全部数据写回原处，然后保存</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="111" />
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="112" />
        <source>Try to save the unsaved answers again</source>
        <translation>再次尝试保存未保存的回答</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/signature_pad.py" line="26" />
        <source>Handwritten signature</source>
        <translation>手写签名</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signature_pad.py" line="27" />
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>用鼠标、手写笔或手指在这里签名</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signature_pad.py" line="108" />
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>SignedExportDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="308" />
        <source>Export signed report</source>
        <translation>签名导出报告</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="311" />
        <source>Signed report · {period}</source>
        <translation>签名报告 · {period}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="315" />
        <source>Add the people who sign, in order (for example the director, then the facility representative). Each signs with their own digital identity and passphrase; someone who signs the file later gets a reserved box.</source>
        <translation>按顺序添加签名人（例如先机构负责人，再机构代表）。每人使用自己的数字身份和口令签名；稍后签名的人会在报告中获得预留的签名框。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="326" />
        <source>Add signer…</source>
        <translation>添加签名人…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="328" />
        <source>Signs later…</source>
        <translation>稍后签名…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="330" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="337" />
        <source>Export signed PDF…</source>
        <translation>导出签名 PDF…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="355" />
        <source>Signer {number}</source>
        <translation>第 {number} 位签名人</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="376" />
        <source>signs later</source>
        <translation>稍后签名</translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="157" />
        <source>Signer</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="167" />
        <source>Choose the identity file (.p12)</source>
        <translation>选择数字身份文件（.p12）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="169" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="172" />
        <source>New identity…</source>
        <translation>新建数字身份…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="173" />
        <source>A first-timer creates their digital identity here, then signs with it</source>
        <translation>第一次签名？可在此新建自己的数字身份，然后用它签名</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="176" />
        <source>Digital identity:</source>
        <translation>数字身份：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="179" />
        <source>The identity's passphrase</source>
        <translation>数字身份的口令</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="180" />
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="185" />
        <source>Forgot the passphrase?</source>
        <translation>忘记口令？</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="190" />
        <source>Handwritten signature (optional): shown in the signature stamp</source>
        <translation>手写签名（可选）：显示在签章中</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="195" />
        <source>Draw with the mouse, a pen or a finger.</source>
        <translation>可用鼠标、手写笔或手指书写。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="196" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="202" />
        <source>Use this signer</source>
        <translation>使用此签名人</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="212" />
        <source>Choose a digital identity</source>
        <translation>选择数字身份</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="212" />
        <source>Digital identities ({patterns})</source>
        <translation>数字身份 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="233" />
        <source>Forgotten passphrase</source>
        <translation>忘记口令</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="243" />
        <source>Choose the identity file first.</source>
        <translation>请先选择数字身份文件。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="266" />
        <source>{name} ({role}, {organisation})</source>
        <translation>{name}（{role}，{organisation}）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="268" />
        <source>handwritten signature</source>
        <translation>含手写签名</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="50" />
        <source>A forgotten passphrase cannot be recovered: it is not stored anywhere, not even by this program. Create a new digital identity (Tools → Digital identities) and register its fingerprint with the district again. Reports signed with the old identity can still be verified.</source>
        <translation>忘记的口令无法找回：口令不保存在任何地方，本程序也不保存。请新建一个数字身份（工具 → 数字身份），并到区里重新登记新证书的指纹。用旧身份签过的报告仍然可以核验。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../tuoyu_desktop/app.py" line="185" />
        <source>Already running</source>
        <translation>程序已在运行</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/app.py" line="186" />
        <source>The program is already running with this data folder. Switch to its window.</source>
        <translation>程序已在运行…（正在使用同一个数据文件夹）。请切换到已打开的窗口。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/app.py" line="174" />
        <source>Cannot start</source>
        <translation>无法启动</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/app.py" line="174" />
        <source>The data folder cannot be used:</source>
        <translation>数据文件夹无法使用：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/app.py" line="189" />
        <source>Data file damaged</source>
        <translation>数据文件已损坏</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/app.py" line="189" />
        <source>The data file is damaged and cannot be opened:</source>
        <translation>数据文件已损坏，无法打开：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/app.py" line="190" />
        <source>Restore the newest good backup? The damaged file is kept aside, not deleted.</source>
        <translation>要恢复最近一个完好的备份吗？损坏的文件会另存，不会删除。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/app.py" line="197" />
        <source>Data restored</source>
        <translation>数据已恢复</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/app.py" line="198" />
        <source>Restored the backup of {label}. The damaged data file was moved to:</source>
        <translation>已恢复 {label} 的备份。损坏的数据文件已移到：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/app.py" line="202" />
        <source>Data file missing</source>
        <translation>数据文件不见了</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/app.py" line="203" />
        <source>Make {name} the data file again?</source>
        <translation>把 {name} 恢复为数据文件吗？</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/app.py" line="214" />
        <source>Recent changes missing</source>
        <translation>最近的修改缺失</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="103" />
        <source>‹ Back to the assessment</source>
        <translation>‹ 返回自评</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="104" />
        <source>Continue answering items</source>
        <translation>继续填写条目</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="108" />
        <source>Summary · {period}</source>
        <translation>汇总 · {period}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="113" />
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="115" />
        <source>Write this self-assessment's report as a PDF file</source>
        <translation>将本次自评的报告导出为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="116" />
        <source>Make rectification items</source>
        <translation>生成整改项</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="117" />
        <source>One rectification item per gap, in the rectification ledger</source>
        <translation>每个未达标项生成一个整改项，记入整改台账</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="122" />
        <source>Write this inspection's report as a PDF file</source>
        <translation>将本次巡查的报告导出为 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="123" />
        <source>‹ Back to the inspection</source>
        <translation>‹ 返回巡查</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="124" />
        <source>Continue the checklist</source>
        <translation>继续填写检查表</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="138" />
        <source>Total score</source>
        <translation>总得分</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="139" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="141" />
        <source>{done} of {total} items done, {na} not applicable</source>
        <translation>已完成 {done}/{total} 项，不适用 {na} 项</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="146" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="153" />
        <source>The grade is provisional: {open} item(s) are still open. Unanswered items count as 0 points.</source>
        <translation>等级为暂定：还有 {open} 个条目未完成，未作答的条目按 0 分计。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="164" />
        <source>Scores by dimension</source>
        <translation>各维度得分</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="167" />
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="335" />
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="168" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="169" />
        <source>Applicable max</source>
        <translation>适用满分</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="170" />
        <source>Percent</source>
        <translation>得分率</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="171" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="172" />
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="180" />
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="340" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="192" />
        <source>Decisive (veto) items</source>
        <translation>一票否决项</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="197" />
        <source>Not met — the grade cannot be better than {grade}:</source>
        <translation>以下一票否决项未达到，等级最高为 {grade}：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="207" />
        <source>Go to item {id}</source>
        <translation>转到条目 {id}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="215" />
        <source>None failed ({count} decisive items in this form).</source>
        <translation>全部达到（本表共有 {count} 个一票否决项）。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="225" />
        <source>Gaps to rectify ({count})</source>
        <translation>待整改差距（{count} 项）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="227" />
        <source>Items answered with less than full marks. Click one to go to it.</source>
        <translation>未得满分的条目。点击可转到该条目。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="230" />
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="230" />
        <source>Requirement</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="230" />
        <source>Answer</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="230" />
        <source>Points lost</source>
        <translation>失分</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="230" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="258" />
        <source>No gaps so far.</source>
        <translation>暂无差距。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="277" />
        <source>Finalised · revision {revision}</source>
        <translation>已定稿 · 第 {revision} 版</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="279" />
        <source>Finalised on {when}: read only. Export a signed report, or start a revision to change it.</source>
        <translation>定稿于 {when}：只读。可以签名导出报告；如需修改，请开始修订。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="285" />
        <source>Draft · revision {revision}</source>
        <translation>草稿 · 第 {revision} 版</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="287" />
        <source>Finalise when every item is answered: the answers are then frozen and can be signed.</source>
        <translation>所有条目都作答后即可定稿：定稿后回答被锁定，可以签名。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="298" />
        <source>Finalise</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="299" />
        <source>Check that nothing is missing and freeze the answers</source>
        <translation>检查是否有遗漏，然后锁定回答</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="300" />
        <source>Revise…</source>
        <translation>修订…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="301" />
        <source>Make a finalised self-assessment editable again as a new revision</source>
        <translation>把已定稿的自评作为新版本重新开放修改</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="302" />
        <source>Export signed…</source>
        <translation>签名导出…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="303" />
        <source>Export the report signed with one or more digital identities</source>
        <translation>导出由一位或多位签名人用数字身份签名的报告</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="309" />
        <source>Finalise first: only a finalised self-assessment can be signed</source>
        <translation>请先定稿：只有定稿的自评才能签名</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="332" />
        <source>Change against {period}</source>
        <translation>与上期（{period}）比较</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="334" />
        <source>The two periods used different forms: compare with care.</source>
        <translation>两期使用的评估表不同，比较仅供参考。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="335" />
        <source>Previous</source>
        <translation>上期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="335" />
        <source>Now</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/summary_page.py" line="335" />
        <source>Change</source>
        <translation>变化（百分点）</translation>
    </message>
</context>
<context>
    <name>SurveyKioskDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/survey_kiosk.py" line="49" />
        <source>Parent satisfaction survey</source>
        <translation>家长满意度调查</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/survey_kiosk.py" line="56" />
        <source>Anonymous: your name is not asked for or recorded. Answer as you see it.</source>
        <translation>匿名填写：不询问、不记录您的姓名，请按实际感受作答。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/survey_kiosk.py" line="80" />
        <source>Not applicable / don't know</source>
        <translation>不适用 / 不了解</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/survey_kiosk.py" line="83" />
        <location filename="../../tuoyu_desktop/ui/survey_kiosk.py" line="102" />
        <source>Previous question</source>
        <translation>上一题</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/survey_kiosk.py" line="84" />
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/survey_kiosk.py" line="103" />
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/survey_kiosk.py" line="115" />
        <source>Thank you! Your answers have been saved anonymously.</source>
        <translation>谢谢您的参与！您的回答已匿名保存。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/survey_kiosk.py" line="121" />
        <source>Next parent</source>
        <translation>下一位家长</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/survey_kiosk.py" line="145" />
        <source>Question {number} of {total}</source>
        <translation>第 {number} / {total} 题</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/survey_kiosk.py" line="184" />
        <source>You answered {answered} of {total} questions. Submit your answers?</source>
        <translation>您回答了 {total} 题中的 {answered} 题。确认提交吗？</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/survey_kiosk.py" line="187" />
        <source>No question was answered: nothing to submit.</source>
        <translation>一题也没有回答，无需提交。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/survey_kiosk.py" line="195" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="12" />
        <source>Pending</source>
        <translation>待整改</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="13" />
        <source>In progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="14" />
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="15" />
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="16" />
        <source>Cannot be rectified</source>
        <translation>无法整改</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="18" />
        <source>Minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="19" />
        <source>Serious</source>
        <translation>较重</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="20" />
        <source>Severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="22" />
        <source>Inspection</source>
        <translation>督导巡查</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="23" />
        <source>Self-assessment</source>
        <translation>机构自评</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="24" />
        <source>Received inspection report</source>
        <translation>收到的巡查报告</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="25" />
        <source>Other finding</source>
        <translation>其他发现</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="27" />
        <source>Independent childcare centre</source>
        <translation>独立托育机构</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="28" />
        <source>Kindergarten nursery class</source>
        <translation>幼儿园托班</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="29" />
        <source>Community childcare point</source>
        <translation>社区托育点</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="30" />
        <source>Workplace childcare point</source>
        <translation>用人单位托育点</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="31" />
        <source>Home-based childcare point</source>
        <translation>家庭托育点</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="33" />
        <source>Infant class (6–12 months)</source>
        <translation>乳儿班</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="34" />
        <source>Young toddler class (12–24 months)</source>
        <translation>托小班</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="35" />
        <source>Older toddler class (24–36 months)</source>
        <translation>托大班</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="36" />
        <source>Mixed-age class</source>
        <translation>混龄班</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="38" />
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="39" />
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="40" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="41" />
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="42" />
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="43" />
        <source>Not accepted</source>
        <translation>不予认可</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="44" />
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="45" />
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="47" />
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="48" />
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="49" />
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="50" />
        <source>Identity not verified</source>
        <translation>身份未核实</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="51" />
        <source>Tampered</source>
        <translation>已被改动</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="52" />
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="53" />
        <source>Signatures missing</source>
        <translation>签名不全</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="54" />
        <source>Scores do not match</source>
        <translation>得分不符</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="55" />
        <source>Not on the roster</source>
        <translation>不在名册</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="56" />
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="57" />
        <source>Replaced an older one</source>
        <translation>已替换旧版</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="58" />
        <source>Older version</source>
        <translation>旧版本</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="59" />
        <source>District not registered</source>
        <translation>未登记区县</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="60" />
        <source>Not a package</source>
        <translation>不是汇总包</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="62" />
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="63" />
        <source>Inspection finding</source>
        <translation>督导巡查发现</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="64" />
        <source>Self-assessment gap</source>
        <translation>自评未达标</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="65" />
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="67" />
        <source>excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="68" />
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="69" />
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/terms.py" line="70" />
        <source>fail</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/answer_inputs.py" line="192" />
        <source>Type the answer</source>
        <translation>填写答案</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="51" />
        <source>‹ Home</source>
        <translation>‹ 首页</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="52" />
        <source>Back to the list of self-assessments</source>
        <translation>返回自评记录列表</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="70" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="77" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="79" />
        <source>Points earned / points of the applicable items (percentage)</source>
        <translation>得分 / 适用条目满分（得分率）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="86" />
        <source>Changes are saved automatically</source>
        <translation>修改会自动保存</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="90" />
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="92" />
        <source>Scores, grade and gaps of this self-assessment</source>
        <translation>本次自评的得分、等级与差距</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="29" />
        <source>Signer</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="29" />
        <source>District root certificate</source>
        <translation>区级根证书</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="41" />
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="44" />
        <source>Trusted certificates</source>
        <translation>信任列表</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="48" />
        <source>Signatures made with these certificates (or issued by these district roots) are shown as trusted when a report is verified.</source>
        <translation>核验报告时，用这些证书（或由这些区级根证书签发的证书）做的签名显示为可信。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="56" />
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="102" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="56" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="56" />
        <source>Fingerprint (SHA-256)</source>
        <translation>证书指纹（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="56" />
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="59" />
        <source>No certificate is trusted yet.</source>
        <translation>还没有信任任何证书。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="62" />
        <source>Add certificate file…</source>
        <translation>添加证书文件…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="64" />
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="70" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="97" />
        <source>Choose a certificate</source>
        <translation>选择证书</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="97" />
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>证书 (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="102" />
        <source>Name to show for this certificate (empty: the name in it):</source>
        <translation>这个证书显示的名称（留空则使用证书中的姓名）：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="109" />
        <source>Not added</source>
        <translation>未添加</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="121" />
        <source>Remove certificate</source>
        <translation>移除证书</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="122" />
        <source>Stop trusting “{name}”? Reports it signed will show as not trusted.</source>
        <translation>不再信任“{name}”吗？它签名的报告将显示为不可信。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/trust_dialog.py" line="131" />
        <source>Not removed</source>
        <translation>未移除</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="44" />
        <source>not checked</source>
        <translation>未判断</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="45" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="45" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>VerifyWindow</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="61" />
        <source>Verify a report</source>
        <translation>核验报告</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="70" />
        <source>Verify a signed report</source>
        <translation>核验签名报告</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="71" />
        <source>Drop a PDF report onto this window, or choose one.</source>
        <translation>把 PDF 报告拖到此窗口，或点击选择文件。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="74" />
        <source>Choose PDF…</source>
        <translation>选择 PDF…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="92" />
        <source>Signer</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="93" />
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="94" />
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="95" />
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="96" />
        <source>Fingerprint (SHA-256)</source>
        <translation>证书指纹（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="97" />
        <source>Intact</source>
        <translation>未被改动</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="98" />
        <source>Trusted</source>
        <translation>可信</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="116" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="117" />
        <source>Store this report's data with the received reports</source>
        <translation>把这份报告的数据存入“收到的报告”</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="118" />
        <source>Register signer certificate…</source>
        <translation>登记签名人证书…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="119" />
        <source>Trust the selected signer's certificate from now on</source>
        <translation>从现在起信任所选签名人的证书</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="125" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="135" />
        <source>Choose a report to verify</source>
        <translation>选择要核验的报告</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="135" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="181" />
        <source>Verifying…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="201" />
        <source>The file could not be checked: {message}</source>
        <translation>无法核验这个文件：{message}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="263" />
        <source>Import unverified report</source>
        <translation>导入未核实身份的报告</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="264" />
        <source>A signer of this report is not in your trust list. Import it apart, marked "identity to be verified", until you register the signer's certificate?</source>
        <translation>本报告的签名人不在您的信任列表中。是否先将其单独导入并标记为“待核实身份”，待登记签名人证书后再确认？</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="271" />
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="274" />
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="279" />
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="280" />
        <source>This report ({facility}, {period}) was already imported; nothing new was stored.</source>
        <translation>这份报告（{facility}，{period}）已经导入过，没有存入新内容。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="287" />
        <source>Kept apart as: {state}. {message}</source>
        <translation>已单独存放为：{state}。{message}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="289" />
        <source>Report imported</source>
        <translation>报告已导入</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="284" />
        <source>Imported the report of {facility} for {period} (grade {grade}).</source>
        <translation>已导入 {facility} {period} 的报告（等级 {grade}）。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="304" />
        <source>Already trusted</source>
        <translation>已信任</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="305" />
        <source>{name}'s certificate is already trusted.</source>
        <translation>{name} 的证书已在信任列表中。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="309" />
        <source>Register signer certificate</source>
        <translation>登记签名人证书</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="312" />
        <source>To trust {name}, import their certificate file (.pem / .crt), which they export under Tools → Digital identities. Its fingerprint must be:
{fingerprint}</source>
        <translation>报告里只有证书指纹。要信任 {name}，请导入其证书文件（.pem / .crt，由签名人在“工具 → 数字身份”中导出）。证书指纹必须是：
{fingerprint}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="316" />
        <source>Choose certificate file…</source>
        <translation>选择证书文件…</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="317" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="322" />
        <source>Choose the signer's certificate</source>
        <translation>选择签名人的证书</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="323" />
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>证书 (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="331" />
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="335" />
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="343" />
        <source>Not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/verify_window.py" line="336" />
        <source>This certificate does not belong to {name}: its fingerprint differs.</source>
        <translation>这个证书不属于 {name}：证书指纹不一致。</translation>
    </message>
</context>
<context>
    <name>VetoBanner</name>
    <message numerus="yes">
        <location filename="../../tuoyu_desktop/ui/veto_banner.py" line="67" />
        <source>%n decisive (veto) item(s) not met: the grade is {grade} whatever the score.</source>
        <translation>
            <numerusform>%n 个一票否决项未达到：无论总分多少，等级均为 {grade}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/veto_banner.py" line="76" />
        <source>Go to item {id}</source>
        <translation>转到条目 {id}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/veto_banner.py" line="81" />
        <source>… and {count} more</source>
        <translation>… 另有 {count} 项</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/veto_banner.py" line="82" />
        <source>See them all in the summary</source>
        <translation>在汇总页查看全部</translation>
    </message>
</context>
<context>
    <name>VetoCalm</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/veto_banner.py" line="108" />
        <source>Go to the next one</source>
        <translation>转到下一项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tuoyu_desktop/ui/veto_banner.py" line="120" />
        <source>Decisive (veto) items: none failed so far · %n not answered yet</source>
        <translation>
            <numerusform>否决项：暂未触发 · 尚未作答 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/veto_banner.py" line="121" />
        <source>Go to item {id}</source>
        <translation>转到条目 {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tuoyu_desktop/ui/veto_banner.py" line="123" />
        <source>Decisive (veto) items: none of the %n is failed</source>
        <translation>
            <numerusform>否决项：%n 项均未触发</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="48" />
        <source>Visit details</source>
        <translation>巡查信息</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="60" />
        <source>Names, separated by commas</source>
        <translation>姓名，用“、”或逗号分隔</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="62" />
        <source>Who from the facility accompanied the visit</source>
        <translation>机构方陪同巡查的人员</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="65" />
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="66" />
        <source>Inspectors</source>
        <translation>巡查人员</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="67" />
        <source>Facility representative</source>
        <translation>机构陪同人员</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="68" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="73" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/inspection_page.py" line="78" />
        <source>Please name at least one inspector</source>
        <translation>请至少填写一名巡查人员</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="81" />
        <source>Welcome, {name}</source>
        <translation>欢迎，{name}</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="82" />
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="101" />
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="122" />
        <source>Three things to do first:</source>
        <translation>先做这三件事：</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="84" />
        <source>1. The facility profile: saved. Change it any time under Settings → Facility profile.</source>
        <translation>1. 机构信息：已保存。随时可在“设置 → 机构信息”中修改。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="85" />
        <source>2. Your digital identity: the director signs the report with it (Tools → Digital identities).</source>
        <translation>2. 您的数字身份：机构负责人用它在报告上签名（“工具 → 数字身份”）。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="87" />
        <source>3. The self-assessment: answer item by item; every answer is saved at once.</source>
        <translation>3. 自评：逐项作答，每个回答都会立即保存。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="91" />
        <source>Start the self-assessment now</source>
        <translation>现在开始自评</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="71" />
        <source>Create my identity first</source>
        <translation>先创建我的数字身份</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="100" />
        <source>Welcome, inspector</source>
        <translation>欢迎，督导员</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="103" />
        <source>1. Your digital identity: you sign the inspection report with it (Tools → Digital identities).</source>
        <translation>1. 您的数字身份：您用它在督导报告上签名（“工具 → 数字身份”）。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="105" />
        <source>2. The facility you visit: its name and unified social credit code.</source>
        <translation>2. 您走访的机构：名称和统一社会信用代码。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="107" />
        <source>3. The inspection: record what you see on site, with photos and rectification opinions.</source>
        <translation>3. 督导巡查：记录现场所见，附照片和整改意见。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="111" />
        <source>Start the inspection now</source>
        <translation>现在开始督导巡查</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="112" />
        <source>Add the facility I visit</source>
        <translation>添加我走访的机构</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="121" />
        <source>Welcome to the district desk</source>
        <translation>欢迎使用区县工作台</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="124" />
        <source>1. Your digital identity, registered as this district's officer: you sign reviews and receipts with it.</source>
        <translation>1. 您的数字身份，并登记为本区县的审核人员：用它签署审核意见和回执。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="126" />
        <source>2. The roster: import the registered (filed) facilities from the roster template (tab Roster).</source>
        <translation>2. 机构名册：按名册模板导入已备案的机构（“名册”页）。</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="128" />
        <source>3. A reporting cycle: its period and due date; then import the reports as they arrive.</source>
        <translation>3. 报送周期：设定周期和截止日期，之后随收随导入各机构的报告。</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/welcome.py" line="174" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RoleBox</name>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="67" />
        <source>head of the facility</source>
        <translation>机构负责人</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="67" />
        <source>inspector</source>
        <translation>督导员</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="68" />
        <source>facility representative</source>
        <translation>机构代表</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="68" />
        <source>operator of the facility</source>
        <translation>举办者</translation>
    </message>
    <message>
        <location filename="../../tuoyu_desktop/ui/signing_dialogs.py" line="69" />
        <source>parents' representative</source>
        <translation>家长代表</translation>
    </message>
</context>
</TS>