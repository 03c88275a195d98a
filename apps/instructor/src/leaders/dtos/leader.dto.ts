import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { LEADER_KINDS, LeaderKind, ORG_CLASSES, OrgClass } from '@dangjian/domain-instructor';

const PATH = /^(\/[a-z0-9][a-z0-9-]{0,62})+$/;
const PATH_MESSAGE = '路径格式不正确 / path must look like /county/park';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreateLeaderDto {
  @ApiProperty({ example: '李华' }) @IsString() @Length(1, 50, { message: '姓名应为 1–50 个字 / name must be 1–50 characters' }) name!: string;
  @ApiProperty({ example: '县委常委、组织部部长' }) @IsString() @Length(1, 100, { message: '职务应为 1–100 个字 / title must be 1–100 characters' }) title!: string;
  @ApiProperty({ enum: LEADER_KINDS })
  @IsIn(LEADER_KINDS, { message: `类型应为 ${LEADER_KINDS.join('、')} 之一 / kind must be one of ${LEADER_KINDS.join(', ')}` })
  kind!: LeaderKind;
  @ApiProperty({ description: '所在辖区（县领导为县，工委委员为园区）/ the county or park recording them', example: '/demo-county' })
  @Matches(PATH, { message: PATH_MESSAGE })
  orgPath!: string;
}

export class LeaderLinkDto {
  @ApiProperty({ enum: ['enterprise', 'org'] })
  @IsIn(['enterprise', 'org'], { message: '联系对象应为 enterprise 或 org / kind must be enterprise or org' })
  kind!: 'enterprise' | 'org';

  @ApiProperty({ description: '企业 id，或党组织路径 / the enterprise id, or the org’s path' })
  @IsString()
  @Length(1, 300)
  target!: string;

  @ApiPropertyOptional({ enum: ORG_CLASSES, description: '党组织分类定级（A–E）/ the org’s class' })
  @IsOptional()
  @IsIn(ORG_CLASSES, { message: '类别应为 A–E / class must be A to E' })
  orgClass?: OrgClass;
}

export class SetLinksDto {
  @ApiProperty({ type: [LeaderLinkDto] })
  @IsArray()
  @ArrayMaxSize(30, { message: '联系对象至多 30 个 / at most 30 links' })
  @ValidateNested({ each: true })
  @Type(() => LeaderLinkDto)
  links!: LeaderLinkDto[];

  @ApiProperty({ description: '读取时的版本号 / the version read' })
  @Type(() => Number)
  @IsNumber()
  version!: number;
}

export class LeaderContactDto {
  @ApiProperty({ example: '2026-05-20' }) @Matches(DATE, { message: '日期格式应为 YYYY-MM-DD / expected a date YYYY-MM-DD' }) on!: string;
  @ApiProperty({ description: '联系的企业 id 或党组织路径 / the enterprise id or org path visited' }) @IsString() @Length(1, 300) target!: string;
  @ApiProperty({ example: '调研企业党建，协调解决用工问题' }) @IsString() @Length(2, 1000, { message: '联系情况应为 2–1000 个字 / note must be 2–1000 characters' }) note!: string;
}

export class ListLeadersDto {
  @ApiProperty({ description: '辖区路径 / path of a jurisdiction', example: '/demo-county' })
  @Matches(PATH, { message: PATH_MESSAGE })
  path!: string;

  @ApiPropertyOptional({ enum: LEADER_KINDS })
  @IsOptional()
  @IsIn(LEADER_KINDS, { message: `类型应为 ${LEADER_KINDS.join('、')} 之一 / kind must be one of ${LEADER_KINDS.join(', ')}` })
  kind?: LeaderKind;
}
