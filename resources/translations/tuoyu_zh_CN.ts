<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
    <context>
        <name>AssessmentPage</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="151" />
            <source>Finalised: read only</source>
            <translation>已定稿，只读</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="153" />
            <source>This self-assessment was finalised; its answers can no longer be changed</source>
            <translation>本次自评已定稿，回答不能再修改</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="177" />
            <source>Previous indicator (Ctrl+PgUp or Alt+←)</source>
            <translation>上一个指标（Ctrl+PgUp 或 Alt+←）</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="180" />
            <source>Next indicator (Ctrl+PgDown or Alt+→)</source>
            <translation>下一个指标（Ctrl+PgDown 或 Alt+→）</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="249" />
            <source>‹  Previous</source>
            <translation>‹  上一个</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="250" />
            <source>Next  ›</source>
            <translation>下一个  ›</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="337" />
            <source>Saved {time}</source>
            <translation>已保存 {time}</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="338" />
            <source>Every change is saved as soon as you make it</source>
            <translation>每项修改都会立即保存</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="344" />
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="348" />
            <source>Not saved: {message}. Your input is still on screen; try again when the problem is fixed.</source>
            <translation>未保存：{message}。您填写的内容仍保留在屏幕上，排除问题后请点击“重试”。</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="372" />
            <source>{done} of {total} items done</source>
            <translation>已完成 {done}/{total} 项</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="377" />
            <source>Provisional until every item is answered</source>
            <translation>全部条目完成前为暂定等级</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="377" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
    </context>
    <context>
        <name>ChoiceInput</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/answer_inputs.py" line="80" />
            <source>{label}: {points} of {max} points</source>
            <translation>{label}：得 {points} 分（满分 {max} 分）</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/answer_inputs.py" line="86" />
            <source> (key {n})</source>
            <translation>（按键 {n}）</translation>
        </message>
    </context>
    <context>
        <name>ClassesTable</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="89" />
            <source>Class type</source>
            <translation>班型</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="89" />
            <source>Class name</source>
            <translation>班级名称</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="89" />
            <source>Children</source>
            <translation>在托幼儿数</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="89" />
            <source>Caregivers</source>
            <translation>保育人员数</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="89" />
            <source>Ratio</source>
            <translation>师幼比</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="99" />
            <source>Classes</source>
            <translation>班级</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="102" />
            <source>Add class</source>
            <translation>添加班级</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="103" />
            <source>Add a row for another class</source>
            <translation>再添加一个班级</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="104" />
            <source>Remove class</source>
            <translation>删除班级</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="105" />
            <source>Remove the selected class</source>
            <translation>删除选中的班级</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="185" />
            <source>Caregivers to children in this class</source>
            <translation>本班保育人员与幼儿之比</translation>
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/answer_inputs.py" line="200" />
            <source>Calendar…</source>
            <translation>日历…</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/answer_inputs.py" line="201" />
            <source>Pick the date from a calendar</source>
            <translation>从日历中选择日期</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/answer_inputs.py" line="214" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/answer_inputs.py" line="215" />
            <source>Fill in today's date</source>
            <translation>填入今天的日期</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/answer_inputs.py" line="234" />
            <source>Write the date as 2026-11-23</source>
            <translation>日期请写成 2026-11-23 的格式</translation>
        </message>
    </context>
    <context>
        <name>DimensionPanel</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/dimension_panel.py" line="24" />
            <source>Scores by dimension</source>
            <translation>各维度得分</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/dimension_panel.py" line="34" />
            <source>Go to {title}</source>
            <translation>转到“{title}”</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/dimension_panel.py" line="60" />
            <source>{earned} / {max} pts</source>
            <translation>{earned} / {max} 分</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/dimension_panel.py" line="66" />
            <source>{done} of {total} items done, {na} not applicable</source>
            <translation>已完成 {done}/{total} 项，不适用 {na} 项</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/errors.py" line="28" />
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/errors.py" line="29" />
            <source>Something went wrong. Your answers saved so far are safe.</source>
            <translation>程序出现了问题。已保存的回答不会丢失。</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/export.py" line="86" />
            <location filename="../../tuoyu_desktop/ui/export.py" line="105" />
            <source>Export PDF</source>
            <translation>导出 PDF</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/export.py" line="90" />
            <source>Export the report as PDF</source>
            <translation>导出 PDF 报告</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/export.py" line="92" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/export.py" line="104" />
            <source>Writing the PDF report…</source>
            <translation>正在生成 PDF 报告…</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/export.py" line="138" />
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/export.py" line="139" />
            <source>The report could not be written.</source>
            <translation>报告未能生成。</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/export.py" line="149" />
            <source>Report exported</source>
            <translation>报告已导出</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/export.py" line="150" />
            <source>The report was saved.</source>
            <translation>报告已保存。</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/export.py" line="152" />
            <source>Open file</source>
            <translation>打开文件</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/export.py" line="153" />
            <source>Open folder</source>
            <translation>打开所在文件夹</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/export.py" line="154" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/formatting.py" line="30" />
            <source> (provisional)</source>
            <translation>（暂定）</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/formatting.py" line="40" />
            <source>Met (computed)</source>
            <translation>达到（自动计算）</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/formatting.py" line="42" />
            <source>Not met (computed)</source>
            <translation>未达到（自动计算）</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/formatting.py" line="43" />
            <source>Unknown (computed)</source>
            <translation>无法判定（自动计算）</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/formatting.py" line="45" />
            <source>N/A</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/formatting.py" line="51" />
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/formatting.py" line="52" />
            <location filename="../../tuoyu_desktop/ui/formatting.py" line="53" />
            <source>Finalised</source>
            <translation>已定稿</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/formatting.py" line="54" />
            <source>Signed</source>
            <translation>已签名</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="124" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="126" />
            <source>Show which form files could not be used, and why</source>
            <translation>查看哪些评估表文件无法使用及原因</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="138" />
            <source>Facility</source>
            <translation>机构</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="146" />
            <source>Edit facility profile</source>
            <translation>编辑机构信息</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="147" />
            <source>Change the facility's name, code, places, staff and classes</source>
            <translation>修改机构名称、信用代码、托位、人员和班级</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="157" />
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="193" />
            <source>Self-assessments</source>
            <translation>自评记录</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="159" />
            <source>New self-assessment</source>
            <translation>新建自评</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="161" />
            <source>Start a new self-assessment (Ctrl+N)</source>
            <translation>开始一次新的自评（Ctrl+N）</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="162" />
            <source>Continue</source>
            <translation>继续</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="163" />
            <source>Open the selected self-assessment (Enter or double-click)</source>
            <translation>打开选中的自评（回车或双击）</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="164" />
            <source>Export PDF</source>
            <translation>导出 PDF</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="165" />
            <source>Write the selected self-assessment's report as a PDF file</source>
            <translation>将选中自评的报告导出为 PDF 文件</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="166" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="168" />
            <source>Delete the selected self-assessment and its answers</source>
            <translation>删除选中的自评及其全部回答</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="176" />
            <source>Period</source>
            <translation>评估周期</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="177" />
            <source>Form</source>
            <translation>评估表</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="178" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="179" />
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="180" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="181" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="182" />
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="200" />
            <source>No self-assessments yet. Click “New self-assessment” to start the first one.</source>
            <translation>还没有自评记录。点击“新建自评”开始第一次自评。</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="249" />
            <source>A decisive (veto) item is not met</source>
            <translation>有一票否决项未达到</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="264" />
            <source>No facility profile yet</source>
            <translation>尚未填写机构信息</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="271" />
            <source>Credit code {code}</source>
            <translation>统一社会信用代码 {code}</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="274" />
            <source>{total} places</source>
            <translation>托位 {total} 个</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="276" />
            <source> ({puhui} subsidised)</source>
            <translation>（普惠 {puhui} 个）</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="280" />
            <source>{classes} classes, {children} children</source>
            <translation>{classes} 个班级，在托 {children} 人</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="302" />
            <source>%n form file(s) cannot be used and are not offered.</source>
            <translation>
                <numerusform>%n 个评估表无法使用，已不在可选列表中。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="320" />
            <source>Unusable form files</source>
            <translation>无法使用的评估表</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="321" />
            <source>These form files could not be read. Ask whoever supplied them for a corrected file:</source>
            <translation>以下评估表文件无法读取，请向提供方索取修正后的文件：</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="353" />
            <source>No form available</source>
            <translation>没有可用的评估表</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="354" />
            <source>No usable self-assessment form was found. Install a form file and restart.</source>
            <translation>没有找到可用的自评表。请安装评估表文件后重新启动程序。</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="387" />
            <source>Delete self-assessment</source>
            <translation>删除自评</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="388" />
            <source>Delete the self-assessment “{period}” and all its answers? This cannot be undone.</source>
            <translation>确定删除自评“{period}”及其全部回答吗？此操作无法撤销。</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="399" />
            <source>Could not delete</source>
            <translation>无法删除</translation>
        </message>
    </context>
    <context>
        <name>IndicatorPage</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/indicator_page.py" line="54" />
            <source>{done} of {total} items done</source>
            <translation>已完成 {done}/{total} 项</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/indicator_page.py" line="56" />
            <source>None of these items apply to this facility (by the form's rules).</source>
            <translation>按评估表的适用条件，本指标的条目均不适用于本机构。</translation>
        </message>
    </context>
    <context>
        <name>ItemCard</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="73" />
            <source>Veto</source>
            <translation>一票否决</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="75" />
            <source>Decisive item (一票否决): anything but full marks caps the grade, whatever the score</source>
            <translation>一票否决项：未得满分时，无论总分多少，等级都会被限定</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="79" />
            <source>{points} pts</source>
            <translation>{points} 分</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="80" />
            <source>Points this item is worth</source>
            <translation>本条目的分值</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="82" />
            <source>Not scored</source>
            <translation>不计分</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="83" />
            <source>A recorded fact: it earns no points itself but other items may use it</source>
            <translation>记录项：本身不计分，其他条目可能引用它</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="86" />
            <source>Optional</source>
            <translation>选答</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="87" />
            <source>The assessment can be complete without this answer</source>
            <translation>不填写本条目也可以完成自评</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="102" />
            <source>How to check:</source>
            <translation>评估方法：</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="109" />
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="214" />
            <source>Not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="110" />
            <source>The item does not apply to this facility; a reason is required</source>
            <translation>本条目不适用于本机构；须填写理由</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="121" />
            <source>Edit facility profile</source>
            <translation>编辑机构信息</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="123" />
            <source>This item is worked out from the facility profile</source>
            <translation>本条目根据机构信息自动计算</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="144" />
            <source>Why does this item not apply? (required)</source>
            <translation>为什么不适用？（必填）</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="145" />
            <source>Reason for not applicable</source>
            <translation>不适用理由</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="146" />
            <source>Give a reason: until then the item counts as not done.</source>
            <translation>请填写理由；填写前本条目视为未完成。</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="153" />
            <source>Notes (optional): evidence seen, what to improve…</source>
            <translation>备注（选填）：查看到的佐证材料、需整改之处…</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="154" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="211" />
            <source>Veto item not met</source>
            <translation>一票否决项未达到</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="214" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="218" />
            <source>Reason missing</source>
            <translation>缺少理由</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="220" />
            <source>Check the answer</source>
            <translation>请检查答案</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="222" />
            <source>Figures missing</source>
            <translation>缺少数据</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="224" />
            <source>Not answered</source>
            <translation>未作答</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="231" />
            <source>Met (worked out from the facility profile)</source>
            <translation>达到（根据机构信息自动计算）</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="233" />
            <source>Not met (worked out from the facility profile)</source>
            <translation>未达到（根据机构信息自动计算）</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/item_widget.py" line="235" />
            <source>Cannot tell yet: complete the facility profile or the items it needs</source>
            <translation>暂无法判定：请补充机构信息或相关条目</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="61" />
            <source>Data folder: {path}</source>
            <translation>数据文件夹：{path}</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="62" />
            <source>Where answers and settings are stored</source>
            <translation>回答和设置保存的位置</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="64" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="65" />
            <source>&amp;Home</source>
            <translation>首页(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="67" />
            <source>&amp;New self-assessment…</source>
            <translation>新建自评(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="70" />
            <source>&amp;Export PDF…</source>
            <translation>导出 PDF(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="72" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="78" />
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="79" />
            <source>&amp;Facility profile…</source>
            <translation>机构信息(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="81" />
            <source>&amp;Language</source>
            <translation>语言 Language(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="92" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="93" />
            <source>&amp;About</source>
            <translation>关于(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="96" />
            <source>Childcare Quality Self-Assessment</source>
            <translation>托育机构质量自评</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="154" />
            <source>Facility profile saved</source>
            <translation>机构信息已保存</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="183" />
            <source>Cannot open</source>
            <translation>无法打开</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="196" />
            <source>Opened “{period}”: every change is saved automatically</source>
            <translation>已打开“{period}”：每项修改都会自动保存</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="253" />
            <source>Report written to {path}</source>
            <translation>报告已保存到 {path}</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="255" />
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="288" />
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="290" />
            <source>&lt;b&gt;Childcare Quality Self-Assessment&lt;/b&gt; {version}&lt;br&gt;Offline self-assessment for childcare facilities for children under 3, following the quality dimensions of WS/T 821—2023.&lt;br&gt;&lt;br&gt;Data folder: {path}</source>
            <translation>&lt;b&gt;托育机构质量自评&lt;/b&gt; {version}&lt;br&gt;面向 3 岁以下婴幼儿托育机构的离线质量自评工具，依据 WS/T 821—2023 的质量评估维度。&lt;br&gt;&lt;br&gt;数据文件夹：{path}</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="303" />
            <source>Unsaved answers</source>
            <translation>有未保存的回答</translation>
        </message>
        <message numerus="yes">
            <location filename="../../tuoyu_desktop/ui/app_window.py" line="304" />
            <source>%n answer(s) could not be saved. Quit anyway and lose them?</source>
            <translation>
                <numerusform>有 %n 条回答未能保存。仍要退出并放弃这些回答吗？</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/navigator.py" line="33" />
            <source>Dimensions and indicators</source>
            <translation>维度与指标</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/navigator.py" line="79" />
            <source>Does not apply to this facility</source>
            <translation>不适用于本机构</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/navigator.py" line="83" />
            <source>Holds a decisive (veto) item that is not met</source>
            <translation>含有未达到的一票否决项</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/navigator.py" line="86" />
            <source>Complete</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/navigator.py" line="89" />
            <source>{done} of {total} items done</source>
            <translation>已完成 {done}/{total} 项</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/navigator.py" line="92" />
            <source>Not started</source>
            <translation>未开始</translation>
        </message>
    </context>
    <context>
        <name>NewAssessmentDialog</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="36" />
            <source>New self-assessment</source>
            <translation>新建自评</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="40" />
            <source>Which form, and which period does it cover?</source>
            <translation>选择评估表，并填写本次自评的评估周期</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="48" />
            <source>Form</source>
            <translation>评估表</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="49" />
            <source>Period</source>
            <translation>评估周期</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="59" />
            <source>Start</source>
            <translation>开始自评</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="60" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="75" />
            <source>{standard} · {dimensions} dimensions · {items} items · {points} points</source>
            <translation>{standard} · {dimensions} 个维度 · {items} 个条目 · 总分 {points}</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/home_page.py" line="85" />
            <source>Please name the period, e.g. 2026年下半年</source>
            <translation>请填写评估周期，例如 2026年下半年</translation>
        </message>
    </context>
    <context>
        <name>NumberInput</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/answer_inputs.py" line="171" />
            <source>Number</source>
            <translation>数字</translation>
        </message>
    </context>
    <context>
        <name>ProfileEditor</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="228" />
            <source>Welcome! First, describe your facility</source>
            <translation>欢迎使用！请先填写机构信息</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="228" />
            <source>Facility profile</source>
            <translation>机构信息</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="233" />
            <source>These details appear on the cover of every self-assessment report. Only the facility name is required now; you can complete the rest later.</source>
            <translation>这些信息会出现在每份自评报告的封面上。现在只需填写机构名称，其余信息可以稍后补充。</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="243" />
            <source>e.g. 阳光宝贝托育中心</source>
            <translation>例如：阳光宝贝托育中心</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="246" />
            <source>18 characters, e.g. 52110105MJ0123456X</source>
            <translation>18 位，例如 52110105MJ0123456X</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="249" />
            <source>e.g. 北京市朝阳区</source>
            <translation>例如：北京市朝阳区</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="253" />
            <source>Publicly subsidised (普惠) facility</source>
            <translation>普惠性托育机构</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="254" />
            <source>Meals prepared in our own kitchen</source>
            <translation>自行加工膳食（自设厨房）</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="255" />
            <source>Kitchen and food-safety items of the form apply only when checked</source>
            <translation>勾选后，评估表中厨房与食品安全相关条目才适用</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="257" />
            <source>Basic information</source>
            <translation>基本信息</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="259" />
            <source>Facility name *</source>
            <translation>机构名称 *</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="260" />
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="261" />
            <source>Filing number</source>
            <translation>备案号</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="262" />
            <source>District</source>
            <translation>所在区</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="263" />
            <source>Street</source>
            <translation>街道</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="264" />
            <source>Facility type</source>
            <translation>机构类型</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="283" />
            <source>Places and staff</source>
            <translation>托位与人员</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="285" />
            <source>Total places</source>
            <translation>总托位</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="286" />
            <source>Subsidised (普惠) places</source>
            <translation>普惠托位</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="287" />
            <source>Director</source>
            <translation>机构负责人</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="288" />
            <source>Contact phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="289" />
            <source>Staff in total</source>
            <translation>工作人员总数</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="290" />
            <source>Caregivers</source>
            <translation>保育人员数</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="291" />
            <source>Certified caregivers</source>
            <translation>持证保育人员数</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="292" />
            <source>Health-care staff</source>
            <translation>卫生保健人员数</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="296" />
            <source>Classes</source>
            <translation>班级</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="312" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="314" />
            <source>Save facility profile</source>
            <translation>保存机构信息</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="314" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="316" />
            <source>Save (Ctrl+S)</source>
            <translation>保存（Ctrl+S）</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="405" />
            <source>Check character verified</source>
            <translation>校验位正确</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/profile_editor.py" line="410" />
            <source>{count} of 18 characters</source>
            <translation>已输入 {count}/18 位</translation>
        </message>
    </context>
    <context>
        <name>SaveErrorBar</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="101" />
            <source>Try again</source>
            <translation>重试</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="102" />
            <source>Try to save the unsaved answers again</source>
            <translation>再次尝试保存未保存的回答</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../tuoyu_desktop/app.py" line="61" />
            <source>Cannot start</source>
            <translation>无法启动</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/app.py" line="62" />
            <source>The data folder cannot be used:</source>
            <translation>数据文件夹无法使用：</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="90" />
            <source>‹ Back to the assessment</source>
            <translation>‹ 返回自评</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="91" />
            <source>Continue answering items</source>
            <translation>继续填写条目</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="95" />
            <source>Summary · {period}</source>
            <translation>汇总 · {period}</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="99" />
            <source>Export PDF</source>
            <translation>导出 PDF</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="101" />
            <source>Write this self-assessment's report as a PDF file</source>
            <translation>将本次自评的报告导出为 PDF 文件</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="114" />
            <source>Total score</source>
            <translation>总得分</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="115" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="117" />
            <source>{done} of {total} items done, {na} not applicable</source>
            <translation>已完成 {done}/{total} 项，不适用 {na} 项</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="122" />
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="129" />
            <source>The grade is provisional: {open} item(s) are still open. Unanswered items count as 0 points.</source>
            <translation>等级为暂定：还有 {open} 个条目未完成，未作答的条目按 0 分计。</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="140" />
            <source>Scores by dimension</source>
            <translation>各维度得分</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="143" />
            <source>Dimension</source>
            <translation>维度</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="144" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="145" />
            <source>Applicable max</source>
            <translation>适用满分</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="146" />
            <source>Percent</source>
            <translation>得分率</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="147" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="148" />
            <source>N/A</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="156" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="165" />
            <source>Decisive (veto) items</source>
            <translation>一票否决项</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="170" />
            <source>Not met — the grade cannot be better than {grade}:</source>
            <translation>以下一票否决项未达到，等级最高为 {grade}：</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="180" />
            <source>Go to item {id}</source>
            <translation>转到条目 {id}</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="188" />
            <source>None failed ({count} decisive items in this form).</source>
            <translation>全部达到（本表共有 {count} 个一票否决项）。</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="198" />
            <source>Gaps to rectify ({count})</source>
            <translation>待整改差距（{count} 项）</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="200" />
            <source>Items answered with less than full marks. Click one to go to it.</source>
            <translation>未得满分的条目。点击可转到该条目。</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="203" />
            <source>Item</source>
            <translation>条目</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="203" />
            <source>Requirement</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="203" />
            <source>Answer</source>
            <translation>评价</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="203" />
            <source>Points lost</source>
            <translation>失分</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="203" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/summary_page.py" line="231" />
            <source>No gaps so far.</source>
            <translation>暂无差距。</translation>
        </message>
    </context>
    <context>
        <name>TextInput</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/answer_inputs.py" line="186" />
            <source>Type the answer</source>
            <translation>填写答案</translation>
        </message>
    </context>
    <context>
        <name>TopBar</name>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="46" />
            <source>‹ Home</source>
            <translation>‹ 首页</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="47" />
            <source>Back to the list of self-assessments</source>
            <translation>返回自评记录列表</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="65" />
            <source>Progress</source>
            <translation>进度</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="72" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="74" />
            <source>Points earned / points of the applicable items (percentage)</source>
            <translation>得分 / 适用条目满分（得分率）</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="81" />
            <source>Changes are saved automatically</source>
            <translation>修改会自动保存</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="85" />
            <source>Summary</source>
            <translation>汇总</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/assessment_page.py" line="87" />
            <source>Scores, grade and gaps of this self-assessment</source>
            <translation>本次自评的得分、等级与差距</translation>
        </message>
    </context>
    <context>
        <name>VetoBanner</name>
        <message numerus="yes">
            <location filename="../../tuoyu_desktop/ui/veto_banner.py" line="56" />
            <source>%n decisive (veto) item(s) not met: the grade is {grade} whatever the score.</source>
            <translation>
                <numerusform>%n 个一票否决项未达到：无论总分多少，等级均为 {grade}。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/veto_banner.py" line="64" />
            <source>Go to item {id}</source>
            <translation>转到条目 {id}</translation>
        </message>
        <message>
            <location filename="../../tuoyu_desktop/ui/veto_banner.py" line="69" />
            <source>… and {count} more: see the summary</source>
            <translation>…… 另有 {count} 项，请查看汇总</translation>
        </message>
    </context>
</TS>
