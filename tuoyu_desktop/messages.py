"""Messages the core makes for users, each with an id, a Chinese and an English template.

A :class:`Message` *is* its Chinese sentence (a ``str`` subclass), so everything that printed,
joined, stored or exported the old plain strings (the CLI, PDFs, the database, ``str(error)``)
keeps doing so unchanged, in Chinese: reports are for Chinese districts. It also remembers its
id and named parameters, so an interface in another language can render it again:
``render(value, "en")``. Errors keep the message as their first argument, which
:func:`render` finds (``str(error)`` stays the Chinese text).

Parameters are shown as given (data stays as entered); a parameter that is itself a
:class:`Message` is rendered in the same language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

ZH, EN = "zh_CN", "en"

# id → (Chinese template, English template); both take the same named parameters.
CATALOG: Mapping[str, tuple[str, str]] = {
    # not ready to finalise (one line per place to complete)
    "not_ready": ("还有 {count} 处需要完成：{lines}{more}", "{count} place(s) still to complete: {lines}{more}"),
    "not_ready.more": ("……", " …"),
    "item.pending": ("条目 {item} 沿用上期答案，待确认", "Item {item}: carried over from the last period, to be confirmed"),
    "item.problem": ("条目 {item}：{problem}", "Item {item}: {problem}"),
    "item.na_without_reason": ("条目 {item} 标为不适用但未填写理由", "Item {item} is marked N/A without a reason"),
    "item.cannot_compute": ("条目 {item} 无法计算：请在机构信息中填写{needed}",
                            "Item {item} cannot be computed: enter {needed} in the facility profile"),
    "item.inputs": ("相关数字", "the numbers it needs"),
    "item.unanswered": ("条目 {item} 尚未作答", "Item {item} is not answered yet"),
    # answers that cannot be accepted
    "answer.veto_na": ("一票否决项不能标为不适用：请如实作答（不符合即为“否/未达到”）",
                       "A veto item cannot be N/A: answer it truthfully (if not met, choose \u201cno / not met\u201d)"),
    "answer.na_refused": ("此项不能标为不适用：请作答", "This item cannot be N/A: please answer it"),
    "answer.not_number": ("请输入数字", "Enter a number"),
    "answer.unknown_option": ("包含不存在的选项", "Contains an option that does not exist"),
    "answer.constraint": ("不符合要求：{rule}", "Does not meet the rule: {rule}"),
    # an inspection's own lines before finalising
    "inspection.no_inspector": ("请填写督导员姓名", "Enter the inspectors' names"),
    "inspection.no_rep": ("请填写在场的机构代表", "Enter the facility representative present"),
    "finding.no_opinion": ("{name}：请填写整改意见", "{name}: enter the rectification opinion"),
    "finding.no_deadline": ("{name}：请填写整改期限", "{name}: enter the rectification deadline"),
    "finding.item": ("条目 {item}", "Item {item}"),
    "finding.other": ("其他发现“{text}”", "Other finding \u201c{text}\u201d"),
    "finding.no_description": ("请填写发现的问题", "Describe the finding"),
    # validation errors
    "item.not_in_form": ("评估表“{form}”中没有条目 {item}", "The form \u201c{form}\u201d has no item {item}"),
    "locked": ("“{period}”已定稿，不能修改；如需更正，请先开始新的修订",
               "\u201c{period}\u201d is finalised and cannot be changed; to correct it, start a new revision first"),
    "inspection.locked": ("巡查记录（{period}）已定稿，不能修改；如需更正，请先开始新的修订",
                          "The inspection ({period}) is finalised and cannot be changed; to correct it, start a new revision first"),
    "item.computed": ("条目 {item} 由机构信息自动计算，不能直接作答",
                      "Item {item} is computed from the facility profile and cannot be answered directly"),
    "item.no_option": ("条目 {item} 没有选项 {value}", "Item {item} has no option {value}"),
    "inspection.not_found": ("找不到编号为 {id} 的巡查记录（用 tuoyu inspections list 查看）", "No inspection with the number {id}"),
    "inspection.not_check": ("条目 {item} 不是符合/不符合条目", "Item {item} is not a met/not met item"),
    "recheck.no_notes": ("复查未通过时请写明现场情况", "When the re-check fails, describe what was found on site"),
    "inspection.bad_time": ("巡查时间“{value}”无效，请写成 2026-11-20 09:30 的形式",
                            "Invalid visit time \u201c{value}\u201d: write it as 2026-11-20 09:30"),
    "period.empty": ("请填写评估周期，例如 2026年下半年", "Enter the assessment period, e.g. 2026 second half"),
    "survey.period_empty": ("请填写调查周期，例如 2026年下半年", "Enter the survey period, e.g. 2026 second half"),
    "revision.no_reason": ("请说明修订原因", "Give the reason for the revision"),
    "revision.not_finalised": ("“{period}”尚未定稿，可以直接修改", "\u201c{period}\u201d is not finalised yet: you can edit it directly"),
    "rect.no_description": ("请填写问题描述", "Describe the problem"),
    "rect.transition": ("不能从“{old}”直接改为“{new}”", "Cannot go directly from \u201c{old}\u201d to \u201c{new}\u201d"),
    "rect.impossible_needs_reason": ("标为“无法整改”时须说明原因", "Give the reason when marking an item \u201ccannot be rectified\u201d"),
    "rect.done_needs_evidence": ("标为“已整改”前请附上整改完成的佐证材料（照片或文件），或写明完成情况",
                                 "Before marking an item \u201crectified\u201d, attach evidence of the fix (photos or files) or describe what was done"),
    "rect.bad_deadline": ("整改期限“{value}”不是有效日期，请写成 2026-12-31 或 2026年12月31日 的形式",
                          "Deadline \u201c{value}\u201d is not a valid date: write it as 2026-12-31 (or 2026/12/31)"),
    "status.待整改": ("待整改", "To rectify"),
    "status.整改中": ("整改中", "In progress"),
    "status.已整改": ("已整改", "Rectified"),
    "status.已验证": ("已验证", "Verified"),
    "status.无法整改": ("无法整改", "Cannot be rectified"),
    "rect.bad_status": ("未知的整改状态：{status}（可选：{choices}）", "Unknown rectification status: {status} (choices: {choices})"),
    "facility.no_name": ("请填写机构名称", "Enter the facility's name"),
    "facility.no_type": ("请选择机构类型", "Choose the facility type"),
    "facility.puhui_over_total": ("普惠托位数不能多于总托位数", "Subsidised places cannot exceed total places"),
    "facility.certified_over_total": ("持证保育人员不能多于保育人员总数", "Certified caregivers cannot exceed all caregivers"),
    "facility.caregivers_over_staff": ("保育人员不能多于工作人员总数", "Caregivers cannot exceed all staff"),
    "facility.out_of_range": ("{caption} {value} 超出合理范围（0–{high}），请核对是否输错",
                              "{caption} {value} is out of the plausible range (0–{high}): check for a typo"),
    "facility.fulltime_over_health": ("专职卫生保健人员不能多于卫生保健人员总数", "Full-time health-care staff cannot exceed all health-care staff"),
    "facility.qualified_over_health": ("合格的卫生保健人员不能多于卫生保健人员总数", "Qualified health-care staff cannot exceed all health-care staff"),
    "facility.bad_class_type": ("第 {number} 个班级的班型无效", "Class {number} has an invalid class type"),
    "facility.class_out_of_range": ("第 {number} 个班级（{name}）的{caption} {value} 超出合理范围（0–{high}），请核对是否输错",
                                    "Class {number} ({name}): {caption} {value} is out of the plausible range (0–{high}): check for a typo"),
    "facility.bad_phone": ("联系电话“{part}”格式不正确：手机号 11 位（如 13812345678），座机带区号（如 010-64712345）",
                           "Phone number \u201c{part}\u201d is not valid: a mobile has 11 digits (e.g. 13812345678), a landline includes its area code (e.g. 010-64712345)"),
    "code.length": ("统一社会信用代码应为 18 位，当前为 {length} 位", "The unified social credit code has 18 characters; this one has {length}"),
    "code.bad_chars": ("统一社会信用代码含有不允许的字符：{chars}（不使用 I、O、S、V、Z）",
                       "The unified social credit code contains characters it may not: {chars} (I, O, S, V, Z are not used)"),
    "code.region": ("统一社会信用代码第 3–8 位应为行政区划代码（数字）",
                    "Characters 3–8 of the unified social credit code must be the region code (digits)"),
    "code.check_char": ("统一社会信用代码校验位不符（第 18 位应为 {expected}），请核对是否输错",
                        "The unified social credit code's check character does not match (the 18th should be {expected}): check for a typo"),
    "caption.places_total": ("总托位数", "Total places"),
    "caption.places_puhui": ("普惠托位数", "Subsidised places"),
    "caption.staff_total": ("工作人员总数", "Staff in total"),
    "caption.caregivers_total": ("保育人员数", "Caregivers"),
    "caption.caregivers_certified": ("持证保育人员数", "Certified caregivers"),
    "caption.health_staff": ("卫生保健人员数", "Health-care staff"),
    "caption.health_staff_fulltime": ("专职卫生保健人员数", "Full-time health-care staff"),
    "caption.health_staff_qualified": ("合格卫生保健人员数", "Qualified health-care staff"),
    "caption.cooks": ("炊事人员数", "Cooks"),
    "caption.observation_beds": ("观察床位数", "Beds in the observation room"),
    "caption.observation_room_m2": ("保健观察室面积", "Health observation room area"),
    "caption.children": ("在托人数", "children enrolled"),
    "caption.caregivers": ("保育人员", "caregivers"),
    "caption.area_m2": ("活动室面积", "activity room area"),
    "facility.no_code": ("请填写统一社会信用代码", "Enter the unified social credit code"),
    # verifying a report
    "verify.unknown_signer": ("（未知签名人）", "(unknown signer)"),
    "verify.who_details": ("{who}（{details}）", "{who} ({details})"),
    "verify.no_signer_cert": ("签名中没有可读的签名人证书", "the signature holds no readable signer certificate"),
    "verify.untrusted_timestamp": ("文档时间戳由不受信任的机构签发（时间戳机构的证书不在信任列表中）",
                                   "the document timestamp was issued by an untrusted authority (its certificate is not in the trust list)"),
    "verify.expired_at_signing": ("签名时证书已过期（有效期至 {date}）", "the certificate had expired when signing (valid until {date})"),
    "verify.not_yet_valid_at_signing": ("签名时证书尚未生效（自 {date} 起有效）", "the certificate was not yet valid when signing (valid from {date})"),
    "verify.key_usage": ("证书的密钥用途不允许数字签名", "the certificate's key usage does not allow digital signatures"),
    "verify.time_unknown": ("时间未知", "time unknown"),
    "verify.intact": ("完好，签名后未被改动", "intact, not changed since signing"),
    "verify.faulty": ("有问题：{problems}", "faulty: {problems}"),
    "verify.invalid": ("签名无效", "the signature is invalid"),
    "verify.timestamp": ("时间戳", "timestamp"),
    "verify.identity_unchecked": ("未核验身份", "identity not checked"),
    "verify.trusted": ("身份可信", "identity trusted"),
    "verify.trusted_note": ("身份可信（{note}）", "identity trusted ({note})"),
    "verify.untrusted": ("身份不可信", "identity not trusted"),
    "verify.untrusted_note": ("身份不可信（{note}）", "identity not trusted ({note})"),
    "verify.fingerprint": ("；证书指纹 {fingerprint}", "; certificate fingerprint {fingerprint}"),
    "verify.line": ("签名 {index} [{field}]：{who}，{when}；{state}；{trust}{fingerprint}",
                    "Signature {index} [{field}]: {who}, {when}; {state}; {trust}{fingerprint}"),
    "verify.cannot": ("无法验证：{reason}", "Cannot verify: {reason}"),
    "verify.failed": ("验证失败：{reason}", "Verification failed: {reason}"),
    "verify.failed_changed": ("验证失败：{reason}。文件在签名后被改动，或签名无效，不能作为原件使用。",
                              "Verification failed: {reason}. The file was changed after signing, or a signature is "
                              "invalid: it cannot be used as the original."),
    "verify.untrusted_signers": ("签名完好、文件未被改动，但签名人不在信任列表中：{names}。",
                                 "The signatures are intact and the file is unchanged, but these signers are not in "
                                 "the trust list: {names}."),
    "verify.passed_one": ("验证通过：签名完好且可信，签名后文件没有被改动。",
                          "Verified: the signature is intact and trusted; the file has not changed since signing."),
    "verify.passed_many": ("验证通过：{count} 个签名均完好且可信，签名后文件没有被改动。",
                           "Verified: all {count} signatures are intact and trusted; the file has not changed since signing."),
    "verify.no_trust_one": ("签名完好，签名后文件没有被改动，但没有核验签名人身份：信任列表是空的。请先登记签名人的证书（或区级根证书）再核验。",
                            "The signature is intact and the file has not changed since signing, but the signer's "
                            "identity was not checked: the trust list is empty. Register the signer's certificate "
                            "(or the district's root certificate) first, then verify again."),
    "verify.no_trust_many": ("{count} 个签名均完好，签名后文件没有被改动，但没有核验签名人身份：信任列表是空的。请先登记签名人的证书（或区级根证书）再核验。",
                             "All {count} signatures are intact and the file has not changed since signing, but the "
                             "signers' identities were not checked: the trust list is empty. Register the signers' "
                             "certificates (or the district's root certificate) first, then verify again."),
    "verify.truncated": ("文件不完整（缺少文件结尾，可能下载或传输时中断），请重新获取文件。",
                         "The file is incomplete (its end is missing: the download or transfer may have been "
                         "interrupted). Get the file again."),
    "verify.unparsable": ("文件在签名后被改动或已损坏，无法解析。", "The file was changed after signing or is damaged: it cannot be parsed."),
    "verify.damaged": ("文件已损坏，无法读取。", "The file is damaged and cannot be read."),
    "verify.not_trusted": ("签名人不在信任列表中", "the signer is not in the trust list"),
    "verify.self_signed_unregistered": ("签名人不在信任列表中：自签名证书的指纹未登记",
                                        "the signer is not in the trust list: the self-signed certificate's fingerprint is not registered"),
    "verify.issuer_untrusted": ("签名人不在信任列表中：证书由 {issuer} 签发",
                                "the signer is not in the trust list: the certificate was issued by {issuer}"),
    "verify.unknown_issuer": ("未知机构", "an unknown authority"),
    "verify.registered": ("签名人证书已登记", "the signer's certificate is registered"),
    "verify.issued_by": ("由 {issuer} 签发", "issued by {issuer}"),
    "verify.chain_trusted": ("证书链可信", "certificate chain trusted"),
    "verify.invalid_identity": ("签名无效，无法核验身份", "the signature is invalid: the identity cannot be checked"),
    "verify.digest_mismatch": ("签名范围内的内容已被改动（摘要不符）", "the signed content was changed (digest mismatch)"),
    "verify.bad_value": ("签名值无效（签名数据被改动或与证书不符）",
                         "invalid signature value (the signature data was changed or does not match the certificate)"),
    "verify.bad_coverage": ("签名的覆盖范围不正常", "the signature covers an unusual range"),
    "verify.changed_after": ("签名后文件被改动（不只是追加签名）", "the file was changed after signing (more than added signatures)"),
    "verify.modified_after_this": ("此签名之后文件被修改过", "the file was modified after this signature"),
    "verify.extra_revisions": ("签名后文件又被修改过（{count} 次不是签名的增量更新）",
                               "the file was modified again after signing ({count} incremental update(s) that are not signatures)"),
    "verify.appended": ("最后一个签名之后，文件末尾被追加了 {count} 字节", "{count} bytes were appended after the last signature"),
    "verify.not_whole_file": ("最后一个签名没有覆盖整个文件", "the last signature does not cover the whole file"),
    "verify.not_whole_file_changed": ("最后一个签名没有覆盖整个文件（签名后有修改）",
                                      "the last signature does not cover the whole file (changed after signing)"),
    "verify.not_found": ("找不到文件：{path}", "File not found: {path}"),
    "verify.folder": ("这是一个文件夹，不是 PDF 文件：{path}", "This is a folder, not a PDF file: {path}"),
    "verify.empty": ("文件是空的（0 字节）。", "The file is empty (0 bytes)."),
    "verify.not_pdf": ("不是 PDF 文件。", "Not a PDF file."),
    "verify.encrypted": ("文件已加密，无法验证签名（本程序导出的报告不加密）。",
                         "The file is encrypted, so its signatures cannot be verified (reports this program exports are not encrypted)."),
    "verify.signatures_broken": ("文件里的签名已被破坏或删除。", "The signatures in the file were damaged or removed."),
    "verify.unsigned": ("文件没有数字签名。", "The file has no digital signature."),
    "verify.refused": ("验证未通过：{reason}", "Not verified: {reason}"),
    "verify.impostor": ("签名完好，但签名人 {names} 的证书与信任列表中登记的同名证书不同，可能是冒名签署：请与本人核实。",
                        "The signatures are intact, but the certificate of {names} differs from the registered "
                        "certificate of the same name: possibly signed by an impostor. Check with the person. "),
    "verify.impostor_note": ("与已登记的 {name} 证书不同，可能是冒名签署",
                             "differs from the registered certificate of {name}: possibly an impostor"),
    "verify.missing_signers": ("签名完好且可信，但尚缺 {count} 个签名：{names}。报告在全部签署人签名后才算完整",
                               "The signatures are intact and trusted, but {count} signature(s) are still missing: "
                               "{names}. The report is complete once every signer has signed"),
    "verify.also_missing": ("另外，尚缺 {count} 个签名：{names}。", " Also, {count} signature(s) are still missing: {names}."),
    "verify.declaration_mismatch": ("签署人声明与报告编号不符", "the signers' declaration does not match the report number"),
    "verify.wrong_signer": ("签名栏“{place}”由 {name} 签署，与报告声明的签署人不符",
                            "the signature box \u201c{place}\u201d was signed by {name}, not by the signer the report declares"),
    "verify.signed_too_early": ("{name} 的签名时间（{signed}）早于报告定稿时间（{finalised}）",
                                "{name} signed ({signed}) before the report was finalised ({finalised})"),
    "verify.no_data": ("不是本程序生成的报告：文件中没有内嵌的评估数据",
                       "Not a report made by this program: the file holds no embedded assessment data"),
    "verify.data_digest_mismatch": ("内嵌数据与报告签名时的数据摘要不一致",
                                    "the embedded data does not match the data digest signed with the report"),
    "verify.data_digest_mismatch_line": ("内嵌数据：与报告元数据中签名的编号或摘要不一致",
                                         "Embedded data: does not match the number or digest signed in the report's metadata"),
    "verify.data_print_mismatch": ("内嵌数据与报告所印的编号或数据摘要不一致",
                                   "the embedded data does not match the number or data digest printed on the report"),
    "verify.data_print_mismatch_line": ("内嵌数据：与报告所印的编号或数据摘要不一致",
                                        "Embedded data: does not match the number or data digest printed on the report"),
    "verify.data_matches_signed": ("与报告签名时的数据摘要一致", "matches the data digest signed with the report"),
    "verify.data_matches_printed": ("与报告所印的编号和摘要一致", "matches the number and digest printed on the report"),
    "verify.data_line": ("内嵌数据：报告编号 {report_id}，SHA-256 {digest}…，{where}",
                         "Embedded data: report {report_id}, SHA-256 {digest}…, {where}"),
    # verifying: what pyHanko and the structure check find (signing/verify.py, signing/structure.py)
    "trust.NO_CERTIFICATE_CHAIN_FOUND": ("签名人不在信任列表中", "the signer is not in the trust list"),
    "trust.NO_SIGNING_CERTIFICATE_FOUND": ("签名中没有签名人证书", "the signature holds no signer certificate"),
    "trust.EXPIRED": ("证书已过期", "the certificate has expired"),
    "trust.OUT_OF_BOUNDS": ("签名时证书不在有效期内", "the certificate was not valid when signing"),
    "trust.NOT_YET_VALID": ("证书尚未生效", "the certificate is not valid yet"),
    "trust.REVOKED": ("证书已吊销", "the certificate was revoked"),
    "trust.REVOKED_CA_NO_POE": ("签发机构证书已吊销", "the issuing authority's certificate was revoked"),
    "trust.SIG_CONSTRAINTS_FAILURE": ("证书用途不允许数字签名", "the certificate's usage does not allow digital signatures"),
    "trust.CHAIN_CONSTRAINTS_FAILURE": ("证书链不符合要求", "the certificate chain does not meet the requirements"),
    "trust.CERTIFICATE_CHAIN_GENERAL_FAILURE": ("证书链验证失败", "the certificate chain could not be validated"),
    "trust.CRYPTO_CONSTRAINTS_FAILURE": ("证书使用了不安全的算法", "the certificate uses an unsafe algorithm"),
    "trust.other": ("证书验证未通过（{name}）", "the certificate was not validated ({name})"),
    "trust.bad_entry_type": ("无法识别的信任条目类型：{kind}", "Unknown kind of trust entry: {kind}"),
    "trust.not_certificate": ("信任条目不是证书（需要 PEM/DER 证书文件或 SHA-256 指纹）：{label}",
                              "The trust entry is not a certificate (a PEM/DER certificate file or a SHA-256 fingerprint is needed): {label}"),
    "trust.certificate_data": ("（证书数据）", "(certificate data)"),
    "trust.certificate_object": ("（证书对象）", "(certificate object)"),
    "trust.bad_argument": ("--trust 参数既不是证书文件，也不是 SHA-256 指纹：{text}",
                           "The --trust argument is neither a certificate file nor a SHA-256 fingerprint: {text}"),
    "trust.file_too_large": ("信任证书文件过大：{path}", "The trusted certificate file is too large: {path}"),
    "trust.file_unreadable": ("无法读取信任证书文件：{path}（{detail}）", "Cannot read the trusted certificate file: {path} ({detail})"),
    "trust.certificate_unreadable": ("无法读取证书文件 {path}：{detail}", "Cannot read the certificate file {path}: {detail}"),
    "verify.unexpected": ("验证时出现意外错误（{error}）", "An unexpected error while verifying ({error})"),
    "verify.too_large": ("文件过大（{mb} MB，上限 {limit} MB），不是本程序导出的报告。",
                         "The file is too large ({mb} MB, at most {limit} MB): not a report this program exported."),
    "verify.unreadable": ("无法读取文件：{detail}", "Cannot read the file: {detail}"),
    "verify.cannot_check": ("签名无法验证（{error}）", "the signature cannot be checked ({error})"),
    "verify.signature_damaged": ("签名数据已损坏，无法读取", "the signature data is damaged and cannot be read"),
    "verify.changes_uncheckable": ("签名后的修改无法核对（{error}）", "the changes after signing cannot be checked ({error})"),
    "verify.pages_changed": ("签名后页数发生了变化（签名时 {before} 页，现在 {now} 页）",
                             "the number of pages changed after signing ({before} when signed, {now} now)"),
    "verify.box_not_last": ("第 {page} 页在签名后新增了签名框“{name}”（签名只应在最后一页）",
                            "page {page} got a new signature box \u201c{name}\u201d after signing (signatures belong on the last page)"),
    "verify.box_not_reserved": ("第 {page} 页在签名后新增了签名框“{name}”，不是报告预留的签名位置",
                                "page {page} got a new signature box \u201c{name}\u201d after signing, not a place the report reserved"),
    "verify.widget": ("表单控件", "a form control"),
    "verify.annotation": ("批注（{kind}）", "an annotation ({kind})"),
    "verify.added_on_page": ("第 {page} 页在签名后新增了{what}", "page {page} got {what} after signing"),
    "verify.field_not_reserved": ("签名后新增了签名栏“{name}”，不是报告预留的签名位置",
                                  "a signature box \u201c{name}\u201d was added after signing, not a place the report reserved"),
    "verify.form_field_added": ("签名后新增了表单域“{name}”", "a form field \u201c{name}\u201d was added after signing"),
    "verify.form_field_changed": ("签名后表单域“{name}”的内容被改动", "the form field \u201c{name}\u201d was changed after signing"),
    "verify.box_moved": ("签名栏“{field}”的签名框被移到了预留位置之外", "the signature box of \u201c{field}\u201d was moved outside its reserved place"),
    "verify.box_wrong_page": ("签名栏“{field}”的签名框不在预留的第 {page} 页", "the signature box of \u201c{field}\u201d is not on its reserved page {page}"),
    # the embedded data (exchange.py) and its scores recomputed
    "data.too_large": ("报告内嵌的数据过大，不是本程序生成的数据", "The report's embedded data is too large: not data this program makes"),
    "data.damaged": ("报告内嵌的数据已损坏，无法读取", "The report's embedded data is damaged and cannot be read"),
    "data.not_ours": ("报告内嵌的数据不是本程序的评估数据", "The report's embedded data is not this program's assessment data"),
    "data.bad_version": ("报告内嵌数据的版本号无效：{version}", "The report's embedded data has an invalid version number: {version}"),
    "data.newer": ("此报告由更新版本的程序生成（数据格式 {version}，本程序支持 {major}.x），请升级程序后再导入",
                   "This report was made by a newer version of the program (data format {version}; this one reads {major}.x): update the program, then import it"),
    "data.bad_key": ("报告内嵌的数据格式不对：“{key}”的类型错误", "The report's embedded data is malformed: \u201c{key}\u201d has the wrong type"),
    "data.bad_answer": ("报告内嵌的数据格式不对：条目 {item} 的答案类型错误", "The report's embedded data is malformed: the answer to item {item} has the wrong type"),
    "data.bad_total": ("报告内嵌的数据格式不对：总分的类型错误", "The report's embedded data is malformed: the total score has the wrong type"),
    "verify.recomputed": ("内嵌的得分与报告自身的答案不符：{problem}", "the embedded scores do not match the report's own answers: {problem}"),
    "recompute.no_snapshot": ("报告中没有评估表快照，无法复核得分", "the report holds no form snapshot, so its scores cannot be checked"),
    "recompute.bad_snapshot": ("报告中的评估表快照无效：{problem}", "the report's form snapshot is invalid: {problem}"),
    "recompute.snapshot_hash": ("报告中的评估表快照与其声明的评估表摘要不符", "the report's form snapshot does not match the form digest it declares"),
    "recompute.bad_data": ("报告中的机构信息或答案格式不对，无法复核得分", "the report's facility profile or answers are malformed, so its scores cannot be checked"),
    "recompute.differs": ("报告称{name}为 {said}，按其答案与评估表计算为 {computed}",
                          "the report gives its {name} as {said}; its answers and form give {computed}"),
    "recompute.grade": ("等级", "grade"),
    "recompute.earned": ("得分", "score"),
    "recompute.percent": ("得分率", "score rate"),
    "recompute.veto_failed": ("一票否决未达标条目", "failed veto items"),
    # digital identities
    "identity.wrong_passphrase": ("口令不正确，请重新输入。如果忘记了口令，只能新建一个数字身份（用旧身份签过的报告仍然可以验证），并到区里重新登记新证书的指纹。",
                                  "Wrong passphrase: try again. If it is forgotten, the only way is a new digital identity "
                                  "(reports signed with the old one can still be verified) and registering the new "
                                  "certificate's fingerprint with the district again."),
    "identity.unprotected": ("这个数字身份文件没有设置口令，私钥未受保护：{source}。请在“数字身份 → 导入 PKCS#12”（或 tuoyu identity import）中导入它并设置口令，再用导入后的文件签名。",
                             "This digital identity file has no passphrase, so its private key is unprotected: {source}. "
                             "Import it under Digital identities \u2192 Import PKCS#12 and set a passphrase, then sign with the imported file."),
    "identity.weak_passphrase": ("口令太短：至少需要 {length} 个字符。", "The passphrase is too short: at least {length} characters."),
    # evidence
    "evidence.duplicate": ("“{name}”已经添加过了（与“{existing}”内容相同），未重复添加",
                           "\u201c{name}\u201d was already added (same content as \u201c{existing}\u201d); not added again"),
    "evidence.locked": ("“{period}”已定稿，不能再添加佐证材料；如需更正，请先开始新的修订",
                        "\u201c{period}\u201d is finalised: no more evidence can be added; to correct it, start a new revision first"),
    "evidence.locked_remove": ("“{period}”已定稿，不能移除佐证材料", "\u201c{period}\u201d is finalised: evidence cannot be removed"),
    "evidence.inspection_locked": ("巡查记录已定稿，不能再添加照片", "The inspection is finalised: no more photos can be added"),
    "evidence.problem": ("“{name}”（{caption}）：{problem}", "\u201c{name}\u201d ({caption}): {problem}"),
    "evidence.no_caption": ("无说明", "no caption"),
    "evidence.too_large": ("佐证材料共 {count} 个文件，合计 {total} MB，超过提醒值 {limit} MB：报告中的照片会自动缩小，但备份和传送会较慢",
                           "{count} evidence files, {total} MB in all, above the {limit} MB reminder: the report's photos are "
                           "shrunk automatically, but backups and transfers are slower"),
    # exporting and signing reports (services/reports.py, signing/*, report/*)
    "export.finalise_first": ("请先定稿，再签名导出：定稿后内容不能再改，签名才有意义",
                              "Finalise first, then export it signed: once finalised the content cannot change, which is what gives the signature its meaning"),
    "export.all_signed": ("（全部签名均已完成）", "(every signature is done)"),
    "export.no_place": ("报告中没有留给 {name}（{role}）的签名位置；尚未签名的是：{wanted}",
                        "The report has no signature place left for {name} ({role}); still to sign: {wanted}"),
    "export.ledger_suffix": ("整改台账可导出为 .pdf 或 .xlsx 文件", "The rectification ledger can be exported as a .pdf or .xlsx file"),
    "export.cannot_write": ("无法写入 {target}：{detail}", "Cannot write {target}: {detail}"),
    "report.font_missing": ("报告字体文件缺失：{path}。请重新安装本程序。", "The report font is missing: {path}. Install the program again."),
    "export.no_declaration": ("报告中缺少签署人声明，不能签名", "The report lacks its signers' declaration: it cannot be signed"),
    "report.no_signer": ("报告至少要声明一位签署人", "A report must declare at least one signer"),
    "report.too_many_signers": ("一份报告最多声明 {limit} 位签署人（签署栏只能容纳这么多），现有 {count} 位",
                                "A report can declare at most {limit} signers (the signing section holds no more); there are {count}"),
    "report.declaration_version": ("签署人声明（{file}）的格式版本 {version} 不受支持",
                                   "The signers' declaration ({file}) has format version {version}, which is not supported"),
    "report.declaration_unreadable": ("签署人声明（{file}）无法读取：{error}", "The signers' declaration ({file}) cannot be read: {error}"),
    "text.unrenderable": ("报告中有 {count} 个字符无法显示（报告所用字库中没有这些字）：\n{lines}\n请修改上述内容（例如改用常用字、去掉表情符号或特殊符号）后重新导出。",
                          "The report has {count} character(s) it cannot show (the report's font lacks them):\n{lines}\n"
                          "Change the texts above (use common characters, remove emoji or special symbols), then export again."),
    "text.char": ("“{char}”（{code}）", "\u201c{char}\u201d ({code})"),
    "text.invisible": ("不可见字符 {code}", "invisible character {code}"),
    "text.line": ("· {char}，出现在：{places}{more}", "· {char}, in: {places}{more}"),
    "text.more_places": (" 等 {count} 处", " ({count} places in all)"),
    "text.more_chars": ("· 另有 {count} 个字符未列出", "· {count} more character(s) not listed"),
    "sign.not_found": ("找不到要签名的文件：{path}", "The file to sign was not found: {path}"),
    "sign.unreadable": ("无法读取要签名的文件：{path}（{detail}）", "Cannot read the file to sign: {path} ({detail})"),
    "sign.folder": ("要签名的路径是一个文件夹：{path}", "The path to sign is a folder: {path}"),
    "sign.empty": ("要签名的文件是空的：{path}", "The file to sign is empty: {path}"),
    "sign.too_large": ("文件过大（超过 {mb} MB），不签名：{path}", "The file is too large (over {mb} MB): not signed: {path}"),
    "sign.not_pdf": ("不是 PDF 文件，不能签名：{path}", "Not a PDF file, so it cannot be signed: {path}"),
    "sign.damaged": ("PDF 文件已损坏或不完整，不能签名：{path}", "The PDF file is damaged or incomplete, so it cannot be signed: {path}"),
    "sign.encrypted": ("PDF 文件已加密，不能签名：{path}", "The PDF file is encrypted, so it cannot be signed: {path}"),
    "sign.no_room": ("这一页已经没有放签名图章的空位，请指定其他页或位置。",
                     "This page has no free room for the signature stamp: choose another page or position."),
    "sign.bad_image": ("手写签名图片无法读取（需要 PNG 或 JPEG）：{error}", "The handwritten signature image cannot be read (PNG or JPEG needed): {error}"),
    "sign.expired": ("数字身份的证书已于 {date} 过期，不能再签名。请新建数字身份或请区里重新签发。",
                     "The digital identity's certificate expired on {date}: it can no longer sign. Make a new digital identity or ask the district to issue one again."),
    "sign.not_yet_valid": ("数字身份的证书要到 {date} 才生效，请检查电脑时间。",
                           "The digital identity's certificate is valid only from {date}: check the computer's clock."),
    "sign.authority": ("区级根证书只用来签发数字身份，不能用来签署报告。",
                       "The district root certificate only issues digital identities: it cannot sign reports."),
    "sign.cannot_reserve": ("无法在报告中预留签名栏“{name}”：{error}", "Cannot reserve the signature box \u201c{name}\u201d in the report: {error}"),
    "sign.cannot_write": ("无法写入 {path}（{detail}）", "Cannot write {path} ({detail})"),
    "sign.bad_pages": ("PDF 文件的页面结构已损坏，不能签名：{path}", "The PDF file's page structure is damaged, so it cannot be signed: {path}"),
    "sign.field_signed": ("签名栏“{field}”已经有签名了，请换一个签名栏。", "The signature box \u201c{field}\u201d is already signed: choose another one."),
    "sign.bad_page": ("页码超出范围：这个文件共 {count} 页。", "The page number is out of range: this file has {count} page(s)."),
    "sign.bad_box": ("签名图章的位置不正确：需要 (左下x, 左下y, 右上x, 右上y)。",
                     "The signature stamp's position is wrong: (left x, bottom y, right x, top y) is needed."),
    "sign.invisible_field": ("签名栏“{field}”不可见（没有位置），不能放签名图章。",
                             "The signature box \u201c{field}\u201d is invisible (it has no position): no stamp can go there."),
    "sign.failed": ("签名失败：{error}", "Signing failed: {error}"),
    "sign.cannot_write_signed": ("无法写入签名后的文件：{path}（{detail}）", "Cannot write the signed file: {path} ({detail})"),
    "sign.font_missing": ("签名图章字体不存在：{path}（环境变量 {variable}）", "The signature stamp's font does not exist: {path} (environment variable {variable})"),
    "sign.no_font": ("找不到签名图章所需的中文字体，请重新安装本程序。", "The Chinese font the signature stamp needs is missing: install the program again."),
    "sign.font_unreadable": ("签名图章字体无法读取：{path}（{error}）", "The signature stamp's font cannot be read: {path} ({error})"),
    "attachment.too_large": ("文件过大，无法读取附件：{path}", "The file is too large to read its attachments: {path}"),
    "attachment.unreadable": ("无法读取文件：{path}（{detail}）", "Cannot read the file: {path} ({detail})"),
    "attachment.not_pdf": ("不是 PDF 文件：{path}", "Not a PDF file: {path}"),
    "attachment.encrypted": ("PDF 文件已加密，无法读取附件：{path}", "The PDF file is encrypted: its attachments cannot be read: {path}"),
    "attachment.damaged": ("PDF 文件已损坏，无法读取附件：{path}（{error}）", "The PDF file is damaged: its attachments cannot be read: {path} ({error})"),
    "identity.file": ("数字身份文件", "digital identity file"),
    "identity.file_not_found": ("找不到{what}：{path}", "No {what} at {path}"),
    "identity.file_unreadable": ("无法读取{what}：{path}（{detail}）", "Cannot read the {what}: {path} ({detail})"),
    "identity.file_folder": ("{what}路径是一个文件夹：{path}", "The {what} path is a folder: {path}"),
    "identity.file_empty": ("{what}是空的：{path}", "The {what} is empty: {path}"),
    "identity.file_too_large": ("不是有效的{what}（文件过大）：{path}", "Not a valid {what} (the file is too large): {path}"),
    "identity.not_certificate": ("不是证书文件（需要 PEM 或 DER 格式的 X.509 证书）。", "Not a certificate file (an X.509 certificate in PEM or DER form is needed)."),
    "identity.not_pkcs12": ("不是数字身份文件（PKCS#12 / .p12 / .pfx）：{source}", "Not a digital identity file (PKCS#12 / .p12 / .pfx): {source}"),
    "identity.cannot_open": ("无法打开数字身份文件：{source}（{error}）", "Cannot open the digital identity file: {source} ({error})"),
    "identity.no_key": ("数字身份文件里没有私钥，不能用来签名：{source}", "The digital identity file holds no private key, so it cannot sign: {source}"),
    "identity.no_certificate": ("数字身份文件里没有证书：{source}", "The digital identity file holds no certificate: {source}"),
    "identity.key_mismatch": ("数字身份文件里的私钥与证书不匹配：{source}", "The digital identity file's private key does not match its certificate: {source}"),
    "identity.field_empty": ("{label}不能为空。", "{label} cannot be empty."),
    "identity.field_too_long": ("{label}太长：最多 {limit} 个字母或 21 个汉字。", "{label} is too long: at most {limit} letters or 21 Chinese characters."),
    "identity.label_organisation": ("单位名称", "The organisation"),
    "identity.label_role": ("身份", "The role"),
    "identity.label_name": ("姓名", "The name"),
    "identity.label_district": ("区名称", "The district's name"),
    "identity.bad_key_type": ("不支持的密钥类型：{kind}（可选 ec 或 rsa）", "Unsupported key type: {kind} (ec or rsa)"),
    "identity.exists": ("文件已存在，不会覆盖：{path}", "The file already exists and is not overwritten: {path}"),
    "identity.cannot_write": ("无法写入文件：{path}（{detail}）", "Cannot write the file: {path} ({detail})"),
    "identity.no_key_usage": ("证书没有“密钥用途”扩展，不能用于数字签名：{source}",
                              "The certificate has no \u201ckey usage\u201d extension, so it cannot sign: {source}"),
    "identity.no_signature_usage": ("证书的密钥用途不包括数字签名（digitalSignature）：{source}",
                                    "The certificate's key usage does not include digital signatures (digitalSignature): {source}"),
    "identity.rsa_short": ("RSA 密钥太短（{bits} 位，至少需要 2048 位）：{source}", "The RSA key is too short ({bits} bits; at least 2048 are needed): {source}"),
    "identity.bad_curve": ("不支持的椭圆曲线 {curve}：{source}", "Unsupported elliptic curve {curve}: {source}"),
    "identity.unsupported_key": ("不支持的密钥类型 {kind}（需要 RSA 或 ECDSA）：{source}", "Unsupported key type {kind} (RSA or ECDSA is needed): {source}"),
    "identity.cannot_write_certificate": ("无法写入证书文件：{path}（{detail}）", "Cannot write the certificate file: {path} ({detail})"),
    "authority.not_root": ("这不是区级根证书文件（证书不能签发其他证书）：{path}",
                           "Not a district root certificate file (the certificate cannot issue others): {path}"),
    "authority.expired": ("区级根证书已过期（{date}），不能再签发：{path}", "The district root certificate expired ({date}): it can issue no more: {path}"),
    "authority.expiring": ("区级根证书即将过期，不能签发。", "The district root certificate is about to expire: it cannot issue."),
    "evidence.too_many_pixels": ("“{name}”的图像尺寸过大（超过 {limit} 百万像素），请缩小后再添加",
                                 "\u201c{name}\u201d is too large an image (over {limit} megapixels): shrink it, then add it"),
    "evidence.not_image_file": ("“{name}”不是可识别的图片文件", "\u201c{name}\u201d is not an image file this program recognises"),
    "evidence.damaged": ("“{name}”已损坏或不完整，无法读取（{error}）", "\u201c{name}\u201d is damaged or incomplete and cannot be read ({error})"),
    "evidence.too_large_image": ("“{name}”的图像尺寸过大，请缩小后再添加", "\u201c{name}\u201d is too large an image: shrink it, then add it"),
    "evidence.truncated": ("“{name}”已损坏或不完整（图片数据被截断），无法读取",
                           "\u201c{name}\u201d is damaged or incomplete (the image data is cut short) and cannot be read"),
    "evidence.broken_link": ("“{name}”是失效的快捷方式（链接），请直接选择原文件",
                             "\u201c{name}\u201d is a broken shortcut (link): choose the original file instead"),
    "evidence.link_elsewhere": ("“{name}”是指向其他位置（{target}）的快捷方式（链接），出于安全考虑不能作为佐证材料添加；请直接选择原文件",
                                "\u201c{name}\u201d is a shortcut (link) to another place ({target}): for safety it cannot be added as evidence; choose the original file instead"),
    "evidence.no_suffix": ("无扩展名", "no extension"),
    "evidence.allowed_types": ("照片（JPG、PNG、HEIC 等）、PDF、Word / Excel / PowerPoint / WPS 文档、OFD 和纯文本",
                               "photos (JPG, PNG, HEIC and such), PDF, Word / Excel / PowerPoint / WPS documents, OFD and plain text"),
    "evidence.bad_type": ("“{name}”的类型（{suffix}）不能作为佐证材料。可以添加：{allowed}",
                          "\u201c{name}\u201d is of a type ({suffix}) that cannot be evidence. These can be added: {allowed}"),
    "evidence.content_mismatch": ("“{name}”的内容不是 {kind} 文件（扩展名与内容不符），未添加",
                                  "\u201c{name}\u201d is not a {kind} file inside (its extension does not match its content): not added"),
    "evidence.not_text": ("“{name}”不是纯文本文件（扩展名与内容不符），未添加",
                          "\u201c{name}\u201d is not a plain text file (its extension does not match its content): not added"),
    "evidence.not_file": ("“{name}”不是文件", "\u201c{name}\u201d is not a file"),
    "evidence.file_too_large": ("“{name}”太大（{size}），单个文件不能超过 {limit}", "\u201c{name}\u201d is too large ({size}); one file may be at most {limit}"),
    "evidence.empty": ("“{name}”是空文件", "\u201c{name}\u201d is an empty file"),
    "evidence.unreadable": ("无法读取“{name}”：{detail}", "Cannot read \u201c{name}\u201d: {detail}"),
    "evidence.not_image": ("“{name}”不是图片", "\u201c{name}\u201d is not an image"),
    "evidence.gone": ("佐证文件 {short}… 已不在数据文件夹中（可能被删除）", "The evidence file {short}… is no longer in the data folder (it may have been deleted)"),
    "evidence.stored_unreadable": ("无法读取佐证文件 {short}…：{detail}", "Cannot read the evidence file {short}…: {detail}"),
    "evidence.changed": ("佐证文件 {short}… 已被改动（内容与登记时不一致）", "The evidence file {short}… was changed (its content differs from when it was added)"),
    # plain errors of the services (assessments, surveys, rectifications, workspace …)
    "facility.profile_first": ("请先填写机构信息", "Fill in the facility profile first"),
    "assessment.survey_form": ("“{title}”是家长满意度调查问卷，不能作为自评表：请用“满意度调查”（tuoyu survey new）",
                               "\u201c{title}\u201d is a parents' satisfaction survey, not a self-assessment form: use Satisfaction surveys"),
    "assessment.carry_own": ("只能沿用本机构以前的自评", "Only this facility's own earlier self-assessments can be carried over"),
    "survey.not_survey": ("“{title}”不是满意度调查问卷（kind: survey）", "\u201c{title}\u201d is not a satisfaction survey (kind: survey)"),
    "survey.none": ("还没有满意度调查：请先新建（tuoyu survey new）", "There is no satisfaction survey yet: create one first"),
    "survey.no_item": ("问卷中没有条目 {item}", "The survey has no item {item}"),
    "survey.no_na": ("条目 {item} 不能选“不适用”", "Item {item} cannot be \u201cN/A\u201d"),
    "survey.bad_answer": ("条目 {item} 的回答“{value}”不在选项中（{labels}）", "The answer \u201c{value}\u201d to item {item} is not an option ({labels})"),
    "survey.empty": ("这份问卷一题也没有回答，未保存", "This questionnaire answers no question: not saved"),
    "survey.no_responses": ("工作表“{sheet}”: 没有任何答卷", "sheet \u201c{sheet}\u201d: no responses at all"),
    "identity.sheet_unwritable": ("无法写入登记单 {target}：{detail}", "Cannot write the registration sheet {target}: {detail}"),
    "rect.unknown_status": ("未知的整改状态：{status}", "Unknown rectification status: {status}"),
    "rect.bad_severity": ("严重程度应为 {choices} 之一", "The severity must be one of {choices}"),
    "rect.bad_source": ("未知的来源：{source}（可选：{choices}）", "Unknown source: {source} (choices: {choices})"),
    "rect.not_editable": ("不能直接修改：{fields}", "These cannot be changed directly: {fields}"),
    "rect.inspection_automatic": ("巡查记录的问题会自动生成整改项，无需此操作", "An inspection's findings become rectification items by themselves: nothing to do"),
    "inspection.not_editable": ("不能修改：{fields}", "These cannot be changed: {fields}"),
    "inspection.bad_result": ("巡查结果应为 {passed} / {failed} / {na}", "The result must be {passed} / {failed} / {na}"),
    "preferences.bad_mode": ("未知的使用方式：{mode}（可选：{choices}）", "Unknown way of working: {mode} (choices: {choices})"),
    "workspace.cannot_create": ("无法创建数据文件夹 {directory}：{detail}", "Cannot create the data folder {directory}: {detail}"),
    "workspace.not_writable": ("数据文件夹 {directory} 不可写入，请检查权限或用 --data-dir 指定其他文件夹",
                               "The data folder {directory} cannot be written: check its permissions or choose another folder"),
    "workspace.part_is_file": ("无法使用数据文件夹 {directory}：{part} 是文件，不是文件夹",
                               "Cannot use the data folder {directory}: {part} is a file, not a folder"),
    "workspace.no_backup": ("没有可用的备份：损坏的数据文件保持原样，请联系技术支持",
                            "No usable backup: the damaged data file is left as it is; contact technical support"),
    "workspace.repair_failed": ("无法用备份修复：{detail}", "Cannot repair from a backup: {detail}"),
    "workspace.database_exists": ("数据文件 {database} 已存在，没有改动", "The data file {database} already exists: nothing was changed"),
    "workspace.cannot_restore": ("{name} 不能恢复为数据文件：{detail}", "{name} cannot be restored as the data file: {detail}"),
    # form expressions (forms/expr.py, forms/rules.py): for the form's author
    "expr.type.number": ("数", "a number"),
    "expr.type.text": ("文本", "text"),
    "expr.type.bool": ("是非值", "true or false"),
    "expr.type.list": ("多选", "a multiple choice"),
    "expr.unknown_char": ("第 {position} 个字符处无法识别：{text}", "character {position} cannot be read: {text}"),
    "expr.too_nested": ("表达式嵌套过深（超过 {limit} 层），请拆分或简化", "the expression is nested too deep (over {limit} levels): split or simplify it"),
    "expr.at_char": ("第 {position} 个字符处是 {text}", "character {position} is {text}"),
    "expr.ends_here": ("表达式在此结束", "the expression ends here"),
    "expr.missing": ("缺少 {text}：{where}", "{text} is missing: {where}"),
    "expr.empty": ("表达式为空", "the expression is empty"),
    "expr.extra": ("第 {position} 个字符处多出了 {text}", "an extra {text} at character {position}"),
    "expr.incomplete": ("表达式不完整", "the expression is incomplete"),
    "expr.nothing_before": ("第 {position} 个字符处的 {text} 前面缺少内容", "something is missing before {text} at character {position}"),
    "expr.unexpected": ("第 {position} 个字符处不应出现 {text}", "{text} does not belong at character {position}"),
    "expr.not_text": ("表达式必须是文本", "the expression must be text"),
    "expr.too_long": ("表达式过长（嵌套超过 {limit} 层），请拆分或简化", "the expression is too long (nested over {limit} levels): split or simplify it"),
    "expr.unknown_name": ("未知的名称 {name}（可用：{choices}）", "unknown name {name} (available: {choices})"),
    "expr.cannot_compare": ("不能比较{left}和{right}", "cannot compare {left} with {right}"),
    "expr.unknown_function": ("未知的函数 {name}（可用：{choices}）", "unknown function {name} (available: {choices})"),
    "expr.arity": ("函数 {name} 需要 {wanted} 个参数，给了 {given} 个", "the function {name} takes {wanted} argument(s); {given} given"),
    "expr.argument_type": ("函数 {name} 的第 {position} 个参数应是{wanted}，不是{got}", "argument {position} of the function {name} must be {wanted}, not {got}"),
    "expr.no_item": ("函数 {name} 引用的条目 {item} 不存在", "the item {item} the function {name} refers to does not exist"),
    "expr.operand_type": ("运算 {op} 需要{wanted}，不能用于{got}", "the operation {op} needs {wanted}, not {got}"),
    "expr.literal_item": ("函数 {name} 的第一个参数必须是写明的条目编号，如 \"1.2.3\"", "the first argument of the function {name} must be an item id written out, e.g. \"1.2.3\""),
    "expr.check_only": ("函数 {name} 只能用于检查，不能求值", "the function {name} can only be used in checks, not evaluated"),
    "expr.multi_value": ("多选条目的值不能直接使用，请用 selected(\"编号\", \"选项\") 或 count_selected(\"编号\")",
                         "a multiple-choice item's value cannot be used directly: use selected(\"id\", \"option\") or count_selected(\"id\")"),
    "expr.bad_class_type": ("函数 {name} 的班型 {value} 不存在（可用：{choices}）", "the class type {value} of the function {name} does not exist (available: {choices})"),
    "expr.multi_only": ("函数 {name} 只能用于多选条目，{item} 不是多选条目", "the function {name} is only for multiple-choice items; {item} is not one"),
    "expr.use_selected": ("多选条目 {item} 请用 selected() 或 count_selected()", "for the multiple-choice item {item}, use selected() or count_selected()"),
    # installing forms (services/forms.py)
    "forms.not_found": ("没有可用的评估表：{id}（用 tuoyu forms list 查看）", "No such form available: {id}"),
    "forms.no_inspection_form": ("没有可用的督导巡查表{which}", "No inspection form available{which}"),
    "forms.which": ("：{id}", ": {id}"),
    "forms.cannot_install": ("无法安装到 {folder}：{detail}", "cannot install into {folder}: {detail}"),
    "forms.bad_file_name": ("{place}: “{value}”不能用作文件名（只能用英文字母、数字和 . _ -，不超过 64 个字符）",
                            "{place}: \u201c{value}\u201d cannot be a file name (letters, digits and . _ - only, at most 64 characters)"),
    "forms.outside": ("安装位置 {target} 不在数据文件夹的 forms 文件夹中", "the place to install, {target}, is not in the data folder's forms folder"),
    # importing a received report
    "import.refused": ("未导入：{verdict}{hint}", "Not imported: {verdict}{hint}"),
    "import.untrusted_hint": ("；如确认来源可靠，可先登记签名人证书，或以“待核实身份”方式导入",
                              "; if you are sure of the source, register the signer's certificate first, or import it as \u201cidentity to be verified\u201d"),
    "import.verified_now": ("身份已核实，已接收", "Identity verified: accepted"),
    "import.on_roster_now": ("已在名册中，已接收", "Now on the roster: accepted"),
    "import.already": ("此前已导入，未重复保存", "Already imported; not stored again"),
    "import.conflict_both": ("与此前收到的同一编号报告内容不同：两份都已另存为“冲突”，请与报告方核实",
                             "Differs from the report with the same number received before: both are kept apart as \u201cconflict\u201d; check with the sender"),
    "import.conflict_new": ("与此前收到的同一编号报告内容不同，已另存为“冲突”，不影响已接收的报告",
                            "Differs from the report with the same number received before: kept apart as \u201cconflict\u201d; the accepted report is unaffected"),
    "import.conflict_old": ("同一编号此前只有未核实身份的副本，内容不同：那些副本已标为“冲突”",
                            "Earlier copies with this number were unverified and differ: they are now marked \u201cconflict\u201d"),
    "import.held": ("已暂存，未计入：{reason}", "Kept aside, not counted: {reason}"),
    "import.done": ("已导入", "Imported"),
    "import.done_untrusted": ("已导入为“待核实身份”，暂不计入", "Imported as \u201cidentity to be verified\u201d; not counted yet"),
    "import.no_profile": ("未导入：请先填写本机构信息，再导入督导巡查报告",
                          "Not imported: fill in your facility profile first, then import the inspection report"),
    "import.other_facility": ("未导入：这份报告是另一家机构的（{name}，信用代码 {code}），不是本机构（{ours}，{our_code}）的巡查报告。请确认文件后再导入",
                              "Not imported: this report is about another facility ({name}, credit code {code}), not yours "
                              "({ours}, {our_code}). Check the file before importing"),
    "import.unknown_facility": ("未知机构", "unknown facility"),
    "import.no_code": ("无", "none"),
    "import.our_code_missing": ("未填信用代码", "no credit code entered"),
    "state.accepted": ("已接收", "Accepted"),
    "state.untrusted": ("待核实身份", "Identity to be verified"),
    "state.conflict": ("冲突", "Conflict"),
    "state.held": ("暂存（不在名册）", "Kept aside (not on the roster)"),
    # texts the core writes into rectification items (stored in Chinese, shown in the interface language)
    "rect.self_note": ("自评备注：", "Self-assessment note: "),
    "rect.self_label": ("自评 {period}", "Self-assessment {period}"),
    "rect.on_site": ("现场情况：", "On site: "),
    "rect.inspection_label": ("督导巡查 {date}", "Inspection {date}"),
    # the district desk (services/desk.py)
    "desk.bad_date": ("{what}应为日期，格式如 2026-12-31，不是“{text}”", "{what} must be a date like 2026-12-31, not \u201c{text}\u201d"),
    "desk.due_date": ("截止日期", "The due date"),
    "desk.summary": ("共 {count} 个文件：{parts}", "{count} file(s): {parts}"),
    "desk.count": ("{label} {count}", "{label} {count}"),
    "desk.empty_roster": ("名册中没有机构（第 2 行起每行一家）", "The roster has no facility (one a row, from row 2)"),
    "desk.not_on_roster_code": ("名册中没有信用代码为 {code} 的机构", "No facility with the credit code {code} on the roster"),
    "desk.not_certificate": ("既不是证书文件，也不是 SHA-256 指纹（64 位十六进制）：{value}",
                             "Neither a certificate file nor a SHA-256 fingerprint (64 hexadecimal digits): {value}"),
    "desk.bad_certificate": ("无法读取证书：{error}", "Cannot read the certificate: {error}"),
    "desk.certificate_taken": ("这个证书已登记在 {other} 名下，不能再登记给 {name}",
                               "This certificate is already registered to {other}; it cannot be registered to {name} too"),
    "desk.bad_kind": ("报告类型应为 {choices}", "The report type must be one of {choices}"),
    "desk.no_period": ("请填写报送周期，例如 {example}（与报告中的评估周期一致）",
                       "Enter the reporting period, e.g. {example} (as written in the reports)"),
    "desk.unknown_facility": ("未知机构", "unknown facility"),
    "desk.not_filled": ("未填", "none"),
    "desk.not_on_roster": ("{name}（信用代码 {code}{where}）不在本区名册；如属本区，请先加入名册再重新导入",
                           "{name} (credit code {code}{where}) is not on this district's roster; if it belongs here, add it to the roster and import again"),
    "desk.where": ("，{district}", ", {district}"),
    "desk.wrong_owner": ("签名证书登记在 {other} 名下，不是 {name} 的",
                         "The signing certificate is registered to {other}, not to {name}"),
    "desk.no_file": ("文件不存在或不是文件", "The file does not exist or is not a file"),
    "desk.not_imported": ("未导入：{reason}", "Not imported: {reason}"),
    "desk.no_original": ("本机没有保存该报告的原件，无法显示照片（重新导入该报告的 PDF 即可）",
                         "This computer has no original of the report, so its photos cannot be shown (import the report's PDF again)"),
    "desk.original_changed": ("本机保存的报告原件与导入时不同（已被改动），不显示照片",
                              "The original kept on this computer differs from the one imported (it was changed): photos not shown"),
    "desk.original_unreadable": ("无法读取本机保存的报告原件：{error}", "Cannot read the original kept on this computer: {error}"),
    "desk.no_report": ("没有已接收的报告 {text}", "No accepted report {text}"),
    "desk.bad_decision": ("审核结论应为 {choices}", "The decision must be one of {choices}"),
    "desk.unknown_items": ("报告中没有条目 {items}，无法对其提出意见", "The report has no item {items}: no comment can be made on it"),
    "desk.return_needs_comment": ("退回时请至少对一个条目写明意见", "To return a report, write a comment on at least one item"),
    "desk.reject_needs_reason": ("不予认可时请写明理由", "Give the reason when a report is not accepted"),
    "desk.not_officer": ("{name} 的数字身份（指纹 {fingerprint}…）没有登记为本区县的审核人员，不能签署审核结论。请先用“登记审核人员”登记其证书",
                         "{name}'s digital identity (fingerprint {fingerprint}…) is not registered as a reviewing officer of this district, "
                         "so it cannot sign a decision. Register the certificate with \u201cRegister an officer\u201d first"),
    "desk.receipt_signer": ("回执须由作出审核结论的 {name} 签署", "The receipt must be signed by {name}, who made the decision"),
    "desk.no_report_in_cycle": ("本周期没有 {code} 的已接收报告", "No accepted report of {code} in this cycle"),
    "desk.item_closed": ("该整改事项已销号", "This item is already closed"),
    "desk.other_facility_report": ("报告 {report} 是 {facility} 的，不是 {item_facility} 的",
                                   "Report {report} is about {facility}, not {item_facility}"),
    "desk.close_needs_later": ("销号须依据该事项之后收到的报告（机构的下一次自评或督导复查）",
                               "An item is closed on a report received after it (the facility's next self-assessment or a re-inspection)"),
    "desk.still_unmet": ("报告 {report} 中该项（{item}）仍未达标，不能销号", "In report {report} this item ({item}) is still not met: it cannot be closed"),
    "desk.not_officer_summary": ("{name} 的数字身份没有登记为本区县的审核人员，不能签署报送汇总",
                                 "{name}'s digital identity is not registered as a reviewing officer of this district: it cannot sign the summary"),
    "desk.no_district": ("请填写本区县的名称（市级工作台按区县名称区分汇总包），例如 {example}",
                         "Enter this district's name (the city desk tells packages apart by it), e.g. {example}"),
    "desk.not_officer_package": ("{name} 的数字身份没有登记为本区县的审核人员，不能签署区县汇总包",
                                 "{name}'s digital identity is not registered as a reviewing officer of this district: it cannot sign the package"),
    "desk.not_applicable": ("不适用", "N/A"),
    # the city desk (services/city.py, city_package.py)
    "city.no_district": ("请填写区县名称（与区县汇总包中写明的名称一致），例如 {example}",
                         "Enter the district's name (as written in its packages), e.g. {example}"),
    "city.certificate_file": ("无法读取证书文件 {path}：{error}", "Cannot read the certificate file {path}: {error}"),
    "city.certificate_taken": ("这个证书已登记为 {district} 的审核人员，不能再登记给 {name}",
                               "This certificate is registered as an officer of {district}; it cannot be registered to {name} too"),
    "city.unknown_district": ("区县“{district}”未登记：请先登记该区县及其审核人员的证书",
                              "District \u201c{district}\u201d is not registered: register it and its officer's certificate first"),
    "city.not_officer_of": ("签名人不是 {district} 已登记的审核人员，汇总包不可信。如确属该区县，请先登记签名人的证书",
                            "The signer is not a registered officer of {district}: the package is not trusted. If it does come from that district, register the signer's certificate first"),
    "city.unreadable": ("无法读取：{reason}", "Cannot read: {reason}"),
    "city.officer_elsewhere": ("签名人 {name} 登记为 {other} 的审核人员，不能签署 {district} 的汇总包",
                               "The signer {name} is registered as an officer of {other}, not of {district}: cannot sign its package"),
    "city.duplicate": ("此汇总包此前已导入（{district} {cycle}），未重复保存", "This package was imported before ({district} {cycle}); not stored again"),
    "city.officer_mismatch": ("汇总包中写明的审核人与签名人不一致", "The officer named in the package is not the signer"),
    "city.older": ("已有 {district} 本周期更新的汇总包（生成于 {current}），未导入这份较早的（生成于 {made}）",
                   "A newer package of {district} for this cycle is already here (made {current}); this older one (made {made}) was not imported"),
    "city.imported_note": ("已导入：{district} {cycle}，{count} 家机构。注意：{note}", "Imported: {district} {cycle}, {count} facilities. Note: {note}"),
    "city.replaced": ("已导入，替换了 {district} 本周期较早的汇总包（生成于 {made}）",
                      "Imported, replacing {district}'s earlier package for this cycle (made {made})"),
    "city.imported": ("已导入：{district} {cycle}，{count} 家机构", "Imported: {district} {cycle}, {count} facilities"),
    "city.shared": ("{count} 家机构（如 {example}）也在 {district} 的名册中，请与两区核实",
                    "{count} facilities (e.g. {example}) are also on {district}'s roster: check with both districts"),
    "city.no_period": ("没有周期 {period} 的区县汇总包", "No district package for the period {period}"),
    "city.no_cycle": ("没有评估周期为“{cycle}”的区县汇总包", "No district package for the period \u201c{cycle}\u201d"),
    "city.ambiguous": ("评估周期“{cycle}”有多种报告，请写完整：{choices}", "The period \u201c{cycle}\u201d has several kinds of report; write it in full: {choices}"),
    "package.unreadable": ("无法读取：{verdict}", "Cannot read: {verdict}"),
    "package.not_package": ("这不是区县汇总包（文件中没有汇总数据）；机构报告请用“导入报告”，回执由机构导入",
                            "Not a district package (the file holds no summary data); import facilities' reports with \u201cImport reports\u201d; receipts are imported by facilities"),
    "package.tampered": ("汇总包已被改动或签名无效——{verdict}", "The package was changed or its signature is invalid: {verdict}"),
    "package.untrusted": ("签名人未登记为任何区县的审核人员。请先用“登记区县”登记该区县审核人员的证书",
                          "The signer is not registered as an officer of any district. Register the district's officer certificate with \u201cRegister a district\u201d first"),
    "package.digest": ("汇总包内嵌的数据与签名时的数据摘要不一致", "The package's embedded data does not match the digest signed with it"),
    "package.damaged": ("汇总包数据已损坏", "The package's data is damaged"),
    "package.not_ours": ("这不是本程序的区县汇总包", "Not a district package made by this program"),
    "package.newer": ("此汇总包由更新版本的程序生成，请升级程序后再导入", "This package was made by a newer version of the program: update the program, then import it"),
    "package.one_signer": ("汇总包应由一位区县审核人员签名", "A package must be signed by one district officer"),
    "package.bad_data": ("汇总包数据格式不对：{problem}", "The package's data is malformed: {problem}"),
    "package.missing": ("缺少 {key}", "{key} is missing"),
    "package.cycle_incomplete": ("报送周期不完整", "the reporting cycle is incomplete"),
    "package.no_zone": ("生成时间缺少时区", "the time it was made has no time zone"),
    "package.bad_time": ("生成时间“{value}”不是日期时间", "the time it was made, \u201c{value}\u201d, is not a date and time"),
    "package.bad_type": ("{key} 的类型不对", "{key} has the wrong type"),
    "package.facility_n": ("第 {index} 家机构", "facility {index}"),
    "package.no_code": ("{where}缺少信用代码或名称", "{where} has no credit code or name"),
    "package.twice": ("机构 {code} 出现了两次", "facility {code} appears twice"),
    "package.bad_state": ("{where}（{name}）的报送状态不对", "{where} ({name}) has an unknown reporting state"),
    "package.incomplete": ("{where}（{name}）的报告数据不完整", "{where} ({name}) has incomplete report data"),
    "package.not_number": ("{where}（{name}）的得分不是数字", "{where} ({name}) has scores that are not numbers"),
    # the roster workbook (desk_roster.py)
    "roster.invalid": ("名册有 {count} 处问题，未导入：{shown}", "The roster has {count} problem(s); nothing was imported: {shown}"),
    "roster.more": ("……（共 {count} 处）", " … ({count} in all)"),
    "roster.no_name": ("请填写机构名称", "Enter the facility's name"),
    "roster.no_code": ("请填写统一社会信用代码", "Enter the unified social credit code"),
    "roster.bad_type": ("机构类型应为：{choices}", "The facility type must be one of: {choices}"),
    "roster.negative_places": ("托位数不能为负数", "Places cannot be negative"),
    "roster.places_integer": ("托位数应为整数", "Places must be a whole number"),
    "roster.not_found": ("找不到名册文件 {path}", "Roster file not found: {path}"),
    "roster.not_workbook": ("{name} 不是可读取的 Excel 工作簿（.xlsx）：{error}", "{name} is not a readable Excel workbook (.xlsx): {error}"),
    "roster.sheet": ("工作表“{sheet}”", "Sheet \u201c{sheet}\u201d"),
    "roster.empty": ("{where}是空的", "{where} is empty"),
    "roster.missing_column": ("{where} 第 1 行：缺少列“{name}”", "{where}, row 1: column \u201c{name}\u201d is missing"),
    "roster.too_many": ("{where}：超过 {count} 行，请分开导入", "{where}: more than {count} rows; import them in parts"),
    "roster.cell": ("{where} 第 {row} 行 第 {column} 列（{heading}）", "{where}, row {row}, column {column} ({heading})"),
    "roster.problem": ("{cell}：{problem}", "{cell}: {problem}"),
    "roster.yes_no": ("{cell}：应填“{yes}”或“{no}”，不是“{value}”", "{cell}: must be {yes} (yes) or {no} (no), not \u201c{value}\u201d"),
    "roster.integer": ("{cell}：应为整数，不是“{value}”", "{cell}: must be a whole number, not \u201c{value}\u201d"),
    "roster.duplicate": ("{cell}：统一社会信用代码 {code} 与第 {other} 行重复", "{cell}: the credit code {code} is also on row {other}"),
    # receipts (receipt.py, services/receipts.py)
    "receipt.refused": ("未导入：{verdict}", "Not imported: {verdict}"),
    "receipt.not_receipt": ("未导入：这不是审核回执（文件中没有回执数据）", "Not imported: this is not a review receipt (the file holds no receipt data)"),
    "receipt.tampered": ("未导入：回执已被改动或签名无效——{verdict}", "Not imported: the receipt was changed or its signature is invalid: {verdict}"),
    "receipt.untrusted": ("未导入：{verdict}。请先登记区县审核人员的证书或区级根证书（tuoyu trust add）",
                          "Not imported: {verdict}. Register the district officer's certificate or the district's root certificate first (Trusted certificates)"),
    "receipt.digest": ("未导入：回执内嵌的数据与签名时的数据摘要不一致", "Not imported: the receipt's embedded data does not match the digest signed with it"),
    "receipt.damaged": ("未导入：回执数据已损坏", "Not imported: the receipt's data is damaged"),
    "receipt.not_ours": ("未导入：这不是本程序的审核回执", "Not imported: not a review receipt made by this program"),
    "receipt.newer": ("此回执由更新版本的程序生成，请升级程序后再导入", "This receipt was made by a newer version of the program: update the program, then import it"),
    "receipt.wrong_signer": ("未导入：回执的签名人不是作出审核结论的审核人", "Not imported: the receipt was not signed by the officer who made the decision"),
    "receipt.already": ("此回执此前已导入，未重复保存", "This receipt was imported before; not stored again"),
    "receipt.no_report": ("未导入：本机没有回执所指的报告 {report}（{facility}）。请在报送该报告的电脑上导入回执",
                          "Not imported: this computer does not have the report {report} ({facility}) the receipt answers. Import it on the computer that sent the report"),
    "receipt.digest_differs": ("未导入：回执所指的报告 {report} 与本机保存的报告数据不同（摘要不符）",
                               "Not imported: the report {report} the receipt answers differs from the one kept here (digest mismatch)"),
    "receipt.no_revision": ("未导入：本机的报告 {report} 还没有第 {revision} 版", "Not imported: the report {report} here has no revision {revision} yet"),
    "receipt.imported": ("已导入回执：{decision}", "Receipt imported: {decision}"),
    "receipt.reopened": ("{message}，已开始第 {revision} 版修订，请按意见修改后重新定稿报送",
                         "{message}; revision {revision} was started: change it as the comments say, then finalise and send it again"),
    "decision.approved": ("通过", "approved"),
    "decision.returned": ("退回", "returned"),
    "decision.rejected": ("不予认可", "not accepted"),

    # operating-system and SQLite errors in the user's words (oserrors.py, store/sqlite_errors.py)
    "os.eacces": ("没有写入权限", "no permission to write"),
    "os.eperm": ("没有权限", "not permitted"),
    "os.enoent": ("文件夹或文件不存在", "the folder or file does not exist"),
    "os.enospc": ("磁盘空间已满", "the disk is full"),
    "os.erofs": ("磁盘或文件夹是只读的", "the disk or folder is read-only"),
    "os.ebusy": ("文件正被其他程序使用", "the file is in use by another program"),
    "os.eisdir": ("这是一个文件夹，不是文件", "this is a folder, not a file"),
    "os.enotdir": ("路径中有一段不是文件夹", "part of the path is not a folder"),
    "os.enametoolong": ("文件名或路径过长", "the file name or path is too long"),
    "os.edquot": ("超出磁盘配额", "the disk quota is exceeded"),
    "os.sharing": ("文件正被其他程序打开（例如 PDF 阅读器），请关闭后重试", "the file is open in another program (a PDF reader, say): close it and try again"),
    "os.locked": ("文件被其他程序锁定", "the file is locked by another program"),
    "sqlite.path_too_long": ("文件夹路径过长（SQLite 数据文件的完整路径最多约 500 字节，一个汉字占 3 字节），请把数据文件夹放在较短的路径下",
                             "the folder path is too long (a data file's full path may hold about 500 bytes; a Chinese character takes 3): put the data folder on a shorter path"),
    "sqlite.nearly_full": ("磁盘空间不足，无法写入（请清理磁盘后重试）", "not enough disk space to write (free some space and try again)"),
    "sqlite.readonly": ("文件或文件夹是只读的，无法写入", "the file or folder is read-only: cannot write"),
    "sqlite.full": ("磁盘空间已满", "the disk is full"),
    "sqlite.damaged": ("文件已损坏或不是本程序的数据文件", "the file is damaged or is not this program's data file"),
    "sqlite.locked": ("数据文件正被另一个程序占用", "the data file is in use by another program"),
    "sqlite.cannot_open": ("无法打开文件（请检查文件夹权限）", "cannot open the file (check the folder's permissions)"),
    # the data file (store/db.py)
    "store.lost_changes": ("数据文件缺少最近确认保存的 {count} 项修改（审计记录第 {first}–{last} 条）：可能是数据文件或其日志（tuoyu.db-wal）损坏。请核对最近的答题，必要时从备份恢复",
                           "The data file lacks the last {count} confirmed change(s) (audit entries {first}–{last}): the data file or its log (tuoyu.db-wal) may be damaged. Check the latest answers and restore a backup if needed"),
    "store.entry_differs": ("数据文件中第 {seq} 条审计记录与程序确认保存时不同：数据文件可能被替换或改动",
                            "Audit entry {seq} in the data file differs from what was confirmed: the data file may have been replaced or changed"),
    "store.save_back": ("无法把数据写回 {path}：{detail}", "Cannot write the data back to {path}: {detail}"),
    "store.newer": ("数据文件由更新版本的程序创建（结构版本 {version}，本程序支持到 {supported}），请升级程序后再打开",
                    "The data file was made by a newer version of the program (structure version {version}; this one reads up to {supported}): update the program, then open it"),
    "store.save_failed": ("保存失败：{detail}", "Saving failed: {detail}"),
    "store.no_facility": ("找不到编号为 {id} 的机构", "No facility with the number {id}"),
    "store.no_snapshot": ("数据文件中缺少评估表快照 {hash}…", "The data file lacks the form snapshot {hash}…"),
    "store.no_assessment": ("找不到编号为 {id} 的自评或巡查记录（用 tuoyu list 或 tuoyu inspections list 查看）",
                            "No self-assessment or inspection with the number {id}"),
    "store.cannot_open": ("无法打开数据文件 {path}：{detail}", "Cannot open the data file {path}: {detail}"),
    "store.cannot_create": ("无法创建数据文件夹 {path}：{detail}", "Cannot create the data folder {path}: {detail}"),
    "store.read_only_wal": ("数据文件夹 {folder} 是只读的，而最近的修改还在 {wal} 中、尚未写入数据文件，无法完整读取：请在有写入权限时打开一次程序（或把数据文件夹复制到可写的位置）后再读取",
                            "The data folder {folder} is read-only and the latest changes are still in {wal}, not yet in the data file, so it cannot be read in full: open the program once with write permission (or copy the data folder somewhere writable), then read it"),
    "store.cannot_write_folder": ("无法在数据文件夹 {folder} 中写入：{detail}", "Cannot write in the data folder {folder}: {detail}"),
    "store.busy": ("另一个 tuoyu 程序正在使用数据文件夹 {folder}：请先关闭它（同一时间只能有一个程序修改数据）",
                   "Another tuoyu program is using the data folder {folder}: close it first (only one program at a time may change the data)"),
    "store.no_cycle": ("找不到编号为 {id} 的报送周期", "No reporting cycle with the number {id}"),
    "store.no_received": ("找不到编号为 {id} 的已接收报告", "No received report with the number {id}"),
    "store.no_review": ("找不到编号为 {id} 的审核记录", "No review with the number {id}"),
    "store.no_item": ("找不到编号为 {id} 的整改事项", "No rectification item with the number {id}"),
    "inspection.period": ("{date} 巡查", "Inspection {date}"),
    # problems of a form file (forms/loader.py): "place: problem", the place is the file's own path of keys
    "form.at": ("{where}: {problem}", "{where}: {problem}"),
    "form.missing": ("缺少此项", "missing"),
    "form.not_text": ("必须是文本（编号等请加引号，如 \"1.1\"）", "must be text (put numbers such as ids in quotes, e.g. \"1.1\")"),
    "form.empty": ("不能为空", "cannot be empty"),
    "form.control_chars": ("含有控制字符（如 NUL），请删除", "contains control characters (such as NUL): remove them"),
    "form.missing_number": ("缺少此项或不是数", "missing or not a number"),
    "form.not_number": ("必须是数", "must be a number"),
    "form.not_finite": ("必须是有限的数", "must be a finite number"),
    "form.below": ("必须是不小于 {low} 的数", "must be a number not below {low}"),
    "form.above": ("不能大于 {high}", "cannot be above {high}"),
    "form.not_list": ("必须是非空列表", "must be a non-empty list"),
    "form.not_mapping": ("必须是键值映射", "must be a mapping of keys to values"),
    "form.duplicate_id": ("编号 {value} 重复", "the id {value} is used twice"),
    "form.too_large": ("文件过大（超过 {mb} MB），不是有效的评估表", "the file is too large (over {mb} MB): not a valid form"),
    "form.unreadable": ("无法读取文件：{detail}", "cannot read the file: {detail}"),
    "form.not_utf8": ("文件不是 UTF-8 编码的文本", "the file is not UTF-8 text"),
    "form.line_column": ("第 {line} 行第 {column} 列", "line {line}, column {column}"),
    "form.yaml_error": ("{place}: YAML 格式错误（{problem}）", "{place}: YAML syntax error ({problem})"),
    "form.yaml_number": ("YAML 中有无法读取的数值（{detail}）", "the YAML holds a number that cannot be read ({detail})"),
    "form.aliases_expand": ("锚点与别名（& 与 *）展开后的值过多：超过 {limit} 个", "anchors and aliases (& and *) expand to too many values: over {limit}"),
    "form.too_deep": ("YAML 嵌套层数过多，无法读取（评估表只有几层）", "the YAML is nested too deeply to read (a form has only a few levels)"),
    "form.duplicate_key": ("键“{key}”重复出现（第 {first} 行已有）：同一层只能写一次", "the key \u201c{key}\u201d appears twice (already on line {first}): write it once per level"),
    "form.bad_snapshot": ("快照不是有效的 JSON：{detail}", "the snapshot is not valid JSON: {detail}"),
    "form.top_not_mapping": ("文件的顶层必须是键值映射（评估表的各项设置）", "the top level of the file must be a mapping (the form's settings)"),
    "form.bad_id": ("只能包含英文字母、数字和 - _ .", "may only hold letters, digits and - _ ."),
    "form.too_long": ("太长（{length} 个字符，上限 {limit}）", "too long ({length} characters, at most {limit})"),
    "form.bad_kind": ("必须是 {choices} 之一", "must be one of {choices}"),
    "form.total_points": ("写的是 {declared}，各维度分值合计为 {total}", "says {declared}, but the dimensions add up to {total}"),
    "form.duplicate_value": ("取值 {value} 重复", "the value {value} is used twice"),
    "form.no_full_option": ("至少要有一个得满分（ratio: 1）的选项", "at least one option must earn full points (ratio: 1)"),
    "form.no_grading": ("缺少等级设置（cutoffs 与 veto_grade）", "the grading (cutoffs and veto_grade) is missing"),
    "form.duplicate_grades": ("等级名称重复", "a grade name is used twice"),
    "form.cutoff_order": ("必须按分数线从高到低排列，且分数线各不相同", "must be ordered from the highest cutoff down, each cutoff different"),
    "form.last_cutoff": ("最后一个等级的分数线必须是 0，使每个得分都有等级", "the last grade's cutoff must be 0, so every score has a grade"),
    "form.unknown_grade": ("{grade} 不是已定义的等级（{grades}）", "{grade} is not a defined grade ({grades})"),
    "form.dimension_points": ("维度分值为 {points}，但其下各条目分值合计为 {total}", "the dimension is worth {points}, but its items add up to {total}"),
    "form.bad_item_kind": ("{kind} 不是可用的条目类型（{choices}）", "{kind} is not an item type ({choices})"),
    "form.expression": ("表达式有误：{detail}", "the expression is wrong: {detail}"),
    "form.explain_expression": ("说明中的 {{…}} 表达式有误：{detail}", "an expression {{…}} in the explanation is wrong: {detail}"),
    "form.not_bool": ("必须是 true 或 false", "must be true or false"),
    "form.not_expression": ("必须是表达式文本", "must be an expression (text)"),
    "form.schema": ("必须是 {choices}（本程序支持的评估表格式版本；新表请写 {current}）", "must be {choices} (the form format versions this program reads; write {current} for a new form)"),
    "form.provider_types": ("必须是机构类型的非空列表，如 [{example}]", "must be a non-empty list of facility types, e.g. [{example}]"),
    "form.unknown_provider": ("未知的机构类型 {unknown}（可用：{choices}）", "unknown facility type {unknown} (available: {choices})"),
    "form.source_one_line": ("出处只能写一行", "the source must be one line"),
    "form.source_too_long": ("出处不能超过 {limit} 个字符", "the source cannot exceed {limit} characters"),
    "form.source_url": ("出处应写文件名称和条款，不能是网址（报告离线阅读）", "the source names a document and clause, not a web address (reports are read offline)"),
    "form.source_unknown": ("出处格式无法识别：请写文件名称或标准编号及条款，如“{standard}”或“{document}”；评估表自己定的分界请写“{own}：……”",
                            "the source cannot be recognised: write a document name or standard number and clause, e.g. \u201c{standard}\u201d or \u201c{document}\u201d; a limit the form sets itself is written \u201c{own}: …\u201d"),
    "form.methods": ("必须是文本列表", "must be a list of texts"),
    "form.bad_method": ("{method} 不是可用的核查方式（{choices}）", "{method} is not a checking method ({choices})"),
    "form.points_not_scored": ("{kind} 类条目只记录情况、不计分：请去掉分值，或另设计算条目（computed）来评分",
                               "{kind} items only record what is found and earn no points: remove the points, or add a computed item to score it"),
    "form.veto_scored_only": ("只有计分条目（choice / computed）可以设为一票否决", "only scored items (choice / computed) can be veto items"),
    "form.veto_two_levels": ("一票否决条目必须使用只有满分和零分两档的评分方式（如 是/否）", "a veto item must use a scale with only full and zero points (such as yes/no)"),
    "form.no_calculation": ("计算条目（computed）必须写明计算规则", "a computed item must give its calculation"),
    "form.calculation_computed_only": ("只有计算条目（kind: computed）才有计算规则", "only computed items (kind: computed) have a calculation"),
    "form.no_constraint": ("{kind} 类条目不能设约束", "{kind} items cannot have a constraint"),
    "form.survey_choice_only": ("满意度调查只能有评分条目（choice），不能有 {kind} 类条目（问卷匿名，不收集姓名、电话等信息）",
                                "a satisfaction survey can only have choice items, not {kind} items (it is anonymous: no names, phone numbers and such)"),
    "form.survey_no_veto": ("满意度调查的条目不能设为一票否决（调查只汇总满意度指数，不判定等级）",
                            "a survey's items cannot be veto items (a survey sums up satisfaction, it gives no grade)"),
    "form.survey_scale": ("满意度调查条目须使用至少三档、分值各不相同的评分方式（如 {example}）",
                          "survey items need a scale of at least three levels with different values (e.g. {example})"),
    "form.computed_na": ("计算条目（computed）由程序判定，不能设“不适用”", "a computed item is decided by the program: it cannot be N/A"),
    "form.veto_na": ("一票否决条目默认不能标为不适用；如确需允许，请在 na_allowed_reason 中写明理由",
                     "a veto item cannot be N/A by default; if it really must be allowed, give the reason in na_allowed_reason"),
    "form.na_reason_only": ("只有允许不适用（na_allowed: true）的条目才写此理由", "only items that allow N/A (na_allowed: true) have this reason"),
    "form.no_source": ("缺少出处：请写明条目依据的文件和条款（如“{standard}”），评估表自定的写“{own}：……”",
                       "the source is missing: name the document and clause the item rests on (e.g. \u201c{standard}\u201d); a rule the form sets itself is written \u201c{own}: …\u201d"),
    "form.source_text": ("必须是文本（或文本列表），写明文件名称和条款", "must be text (or a list of texts) naming the document and clause"),
    "form.no_scale": ("{kind} 类条目不使用评分方式（scale）", "{kind} items use no scale"),
    "form.unknown_scale": ("未定义的评分方式 {scale}（已定义：{scales}）", "undefined scale {scale} (defined: {scales})"),
    "form.none": ("无", "none"),
    "form.not_boolean": ("结果必须是是非值（如 {example}）", "the result must be true or false (e.g. {example})"),
    "form.cycle_more": ("…（共 {count} 个条目）…", "… ({count} items in all) …"),
    "form.cycle": ("条目之间循环引用：{items}", "items refer to each other in a circle: {items}"),
    # problems of a form workbook (forms/workbook.py); sheet names and column headers are the workbook's own
    "workbook.row": ("工作表“{sheet}”第 {row} 行", "sheet \u201c{sheet}\u201d, row {row}"),
    "workbook.cell": ("工作表“{sheet}”第 {row} 行 {column} 列（{header}）", "sheet \u201c{sheet}\u201d, row {row}, column {column} ({header})"),
    "workbook.unknown_column": ("无法识别的列名“{title}”", "unknown column name \u201c{title}\u201d"),
    "workbook.missing_columns": ("缺少列：{columns}", "columns missing: {columns}"),
    "workbook.formula": ("是公式，请复制后“粘贴为数值”", "is a formula: copy it and paste it as values"),
    "workbook.too_large": ("文件过大（{mb} MB，上限 {limit} MB）", "the file is too large ({mb} MB, at most {limit} MB)"),
    "workbook.xls": ("这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx 后再导入", "this is an old Excel (.xls) file: save it as .xlsx in Excel or WPS, then import it"),
    "workbook.not_xlsx": ("不是有效的 Excel 工作簿（.xlsx）文件", "not a valid Excel workbook (.xlsx)"),
    "workbook.unpacked": ("解压后过大（{mb} MB，上限 {limit} MB），不像是评估表工作簿", "too large unpacked ({mb} MB, at most {limit} MB): not like a form workbook"),
    "workbook.missing_sheet": ("缺少工作表“{name}”（需要：{sheets}）", "sheet \u201c{name}\u201d is missing (needed: {sheets})"),
    "workbook.hidden_sheet": ("工作表“{name}”被隐藏了：请取消隐藏并核对内容后再导入", "sheet \u201c{name}\u201d is hidden: unhide it and check it, then import"),
    "workbook.too_many_rows": ("工作表“{name}”有 {rows} 行，超过上限 {limit} 行", "sheet \u201c{name}\u201d has {rows} rows, above the limit of {limit}"),
    "workbook.merged": ("工作表“{name}”有合并单元格（{cells}）：请取消合并，每行填写完整", "sheet \u201c{name}\u201d has merged cells ({cells}): unmerge them and fill in every row"),
    "workbook.extra_hidden": ("工作表“{name}”被隐藏了：请删除或取消隐藏后再导入", "sheet \u201c{name}\u201d is hidden: delete or unhide it, then import"),
    "workbook.no_scale_id": ("缺少评分方式编号", "the scale id is missing"),
    "workbook.scale_rows": ("评分方式 {scale} 的选项应写在相邻的行里", "the options of the scale {scale} belong in adjacent rows"),
    "workbook.no_dimension": ("第一行条目必须写明维度编号", "the first item row must give the dimension id"),
    "workbook.no_indicator": ("该维度的第一行条目必须写明指标编号", "the first item row of a dimension must give the indicator id"),
    "workbook.differs": ("与前面同一维度/指标所填的“{value}”不一致", "differs from \u201c{value}\u201d given earlier for the same dimension/indicator"),
    "workbook.not_number": ("“{raw}”不是数", "\u201c{raw}\u201d is not a number"),
    "workbook.unreasonable": ("“{text}”不是合理的数（上限 {limit}）", "\u201c{text}\u201d is not a reasonable number (at most {limit})"),
    "workbook.yes_no": ("“{raw}”应填 {yes} 或 {no}", "\u201c{raw}\u201d must be {yes} (yes) or {no} (no)"),
    # backups (services/backups.py, store/backup.py)
    "backup.keep_one": ("至少保留 1 个备份", "Keep at least 1 backup"),
    "backup.failed": ("备份失败：{detail}", "The backup failed: {detail}"),
    "backup.refused": ("备份文件 {name} 不能用来恢复：{reason}。当前数据没有改动", "The backup {name} cannot be restored: {reason}. The current data is unchanged"),
    "backup.restore_failed": ("恢复失败：{detail}。当前数据没有改动", "Restoring failed: {detail}. The current data is unchanged"),
    "backup.unreadable": ("无法读取：{detail}", "cannot be read: {detail}"),
    "backup.empty": ("文件是空的", "the file is empty"),
    "backup.not_database": ("不是可用的数据文件（已损坏或不是 SQLite 数据库）", "not a usable data file (damaged, or not an SQLite database)"),
    "backup.not_ours": ("不是本程序的数据文件", "not this program's data file"),
    "backup.newer": ("由更新版本的程序创建（结构版本 {version}，本程序支持到 {supported}），请升级程序后再恢复",
                     "made by a newer version of the program (structure version {version}; this one reads up to {supported}): update the program, then restore it"),
    "backup.incomplete": ("数据文件内部不完整（完整性检查未通过）", "the data file is incomplete inside (the integrity check failed)"),
    "backup.audit": ("审计记录不完整，可能被改动：{problems}", "the audit trail is incomplete and may have been changed: {problems}"),
}

_SEPARATORS = {"；": "; ", "、": ", ", "，": ", ", "": "", "\n": "\n", " 或 ": " or "}


class Message(str):
    """A sentence for users: the Chinese text, remembering its id and parameters."""

    id: str
    params: dict[str, Any]

    def __new__(cls, message_id: str, /, **params: Any) -> Message:
        chinese = CATALOG[message_id][0].format(**{k: _plain(v) for k, v in params.items()})
        self = super().__new__(cls, chinese)
        self.id = message_id
        self.params = params
        return self

    def render(self, language: str) -> str:
        if language != EN:
            return str.__str__(self)
        template = CATALOG[self.id][1]
        return template.format(**{k: render(v, language) for k, v in self.params.items()})

    def __reduce__(self):  # copy/pickle keep the id and parameters
        return (_rebuild, (type(self), self.id, self.params))


class Joined(Message):
    """Several messages (or data) joined by a Chinese separator, rendered with the matching one."""

    parts: tuple[Any, ...]
    separator: str

    def __new__(cls, parts: Iterable[Any], separator: str = "；") -> Joined:  # type: ignore[override]
        parts = tuple(parts)
        self = str.__new__(cls, separator.join(_plain(p) for p in parts))
        self.id, self.params, self.parts, self.separator = "", {}, parts, separator
        return self

    def render(self, language: str) -> str:
        if language != EN:
            return str.__str__(self)
        return _SEPARATORS.get(self.separator, self.separator).join(render(p, language) for p in self.parts)

    def __reduce__(self):
        return (Joined, (self.parts, self.separator))


class Localised(Message):
    """A value the core formats itself (a date, a time) with its own English form: Chinese as text,
    the English form when rendered in English."""

    english: str

    def __new__(cls, chinese: str, english: str) -> Localised:  # type: ignore[override]
        self = str.__new__(cls, chinese)
        self.id, self.params, self.english = "", {}, english
        return self

    def render(self, language: str) -> str:
        return self.english if language == EN else str.__str__(self)

    def __reduce__(self):
        return (Localised, (str.__str__(self), self.english))


def moment(value: Any) -> Localised:
    """A time as the reports print it (China Standard Time, Chinese date), ISO-like in English."""
    from tuoyu_desktop import dates

    return Localised(dates.when(value), f"{dates.china_time(value):%Y-%m-%d %H:%M}")


def _rebuild(cls: type[Message], message_id: str, params: dict[str, Any]) -> Message:
    return cls(message_id, **params)


def _plain(value: Any) -> str:
    return str.__str__(value) if isinstance(value, str) else str(value)


def concat(*parts: Any) -> Joined:
    """Messages (and data) one after the other, each rendered in the interface language."""
    return Joined(parts, "")


def message_of(value: Any) -> Any:
    """The message an error carries (its first argument when that is a :class:`Message`), else ``value``."""
    if isinstance(value, BaseException):
        own = getattr(value, "message", None)
        if isinstance(own, Message):
            return own
        if value.args and isinstance(value.args[0], Message):
            return value.args[0]
    return value


def text_of(error: BaseException) -> str:
    """What ``str(error)`` says, keeping the :class:`Message` it carries (to render it later)."""
    message = message_of(error)
    return message if isinstance(message, Message) else str(error)


def render(value: Any, language: str) -> str:
    """``value`` (a message, an error carrying one, or anything else) as text in ``language``."""
    value = message_of(value)
    if isinstance(value, Message):
        return value.render(language)
    return str(value)


# Fragments the core writes into stored texts (a rectification item's description and source
# label): stored in Chinese, shown in the interface language, turned back when an edit is saved.
_LINE_PREFIXES = ("rect.self_note", "rect.on_site")
_LABELS = {"rect.self_label": re.compile(r"自评 (?P<period>.+)"), "rect.inspection_label": re.compile(r"督导巡查 (?P<date>\S+)"),
           "inspection.period": re.compile(r"(?P<date>\d{4}-\d{2}-\d{2}) 巡查")}


def stored_shown(text: str, language: str) -> str:
    """A stored text with the core's own fragments in ``language`` (the rest is data, as entered)."""
    if language != EN or not text:
        return text
    for message_id, pattern in _LABELS.items():
        match = pattern.fullmatch(text)
        if match:
            return CATALOG[message_id][1].format(**match.groupdict())
    return _swap_prefixes(text, 0, 1)


def stored_from_shown(text: str, language: str) -> str:
    """The inverse of :func:`stored_shown` for line prefixes: what an edited text is stored as."""
    return text if language != EN or not text else _swap_prefixes(text, 1, 0)


def _swap_prefixes(text: str, source: int, target: int) -> str:
    lines = text.split("\n")
    for index, line in enumerate(lines):
        for message_id in _LINE_PREFIXES:
            old, new = CATALOG[message_id][source], CATALOG[message_id][target]
            if line.startswith(old):
                lines[index] = new + line[len(old):]
                break
    return "\n".join(lines)
